import { z } from 'zod/mini';

/**
 * The ids of the safety rules in a protocol pack. Readings ("What to expect") and pack rules refer to each other by
 * these ids, so the two can never disagree silently. WARNING: stored in records; never rename one.
 */
export const SAFETY_RULE_IDS = [
  'blood-pressure',
  'heart-rate',
  'recheck',
  'food',
  'clear-liquids',
  'alcohol-cannabis',
  'stimulants',
  'medicines',
  'sitter',
  'place',
  'spacing',
  'no-driving',
  'vitals-after',
  'side-effects',
  'screening',
  'check-in',
  'phq9-item9',
] as const;

/** One safety rule id. */
export const SafetyRuleIdSchema = z.enum(SAFETY_RULE_IDS);
/** One safety rule id. */
export type SafetyRuleId = z.infer<typeof SafetyRuleIdSchema>;
