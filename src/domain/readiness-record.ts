import { z } from 'zod/mini';
import { SafetyRuleIdSchema } from './safety-rule-id';
import { VitalsReadingSchema } from './vitals';

/** The three possible outcomes of a check-in. */
export const ReadinessDecisionSchema = z.enum(['ready', 'caution', 'hold']);
/** The outcome of a check-in. */
export type ReadinessDecision = z.infer<typeof ReadinessDecisionSchema>;

/** One reason behind a decision, tied to the rule that gave it. */
export const ReadinessReasonSchema = z.object({
  ruleId: SafetyRuleIdSchema,
  level: z.enum(['ok', 'caution', 'hold']),
  /** What was found, in plain words. */
  text: z.string(),
  /** What to do about it, in plain words. */
  next: z.optional(z.string()),
});
/** One reason behind a decision. */
export type ReadinessReason = z.infer<typeof ReadinessReasonSchema>;

/** How a prescriber's instruction was followed: not applicable, yes, no, or not sure. */
export const FollowedSchema = z.enum(['not-applicable', 'yes', 'no', 'unsure']);
/** How a prescriber's instruction was followed. */
export type Followed = z.infer<typeof FollowedSchema>;

/** Everything the person answered during a check-in (readings apart). */
export const ReadinessAnswersSchema = z.object({
  lastFoodAt: z.string(),
  lastDrinkAt: z.string(),
  alcoholOrCannabis: z.boolean(),
  /** Whether they followed their prescriber's instruction to skip a stimulant ("not-applicable": no such instruction). */
  stimulants: FollowedSchema,
  /** Whether they took their other medicines as the prescriber said ("not-applicable": none). */
  medicines: FollowedSchema,
  sitterPresent: z.boolean(),
  sitterName: z.optional(z.string().check(z.maxLength(120))),
  sitterPhone: z.optional(z.string().check(z.maxLength(40))),
  placeReady: z.boolean(),
});
/** Everything the person answered during a check-in. */
export type ReadinessAnswers = z.infer<typeof ReadinessAnswersSchema>;

/** A note that the care team cleared the person after a hold: kept with the record, never changes the decision. */
export const CareTeamNoteSchema = z.object({
  at: z.string(),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
});
/** A note that the care team cleared the person. */
export type CareTeamNote = z.infer<typeof CareTeamNoteSchema>;

/** One saved check-in: answers, both readings, the decision with its reasons, and the pack that decided. */
export const ReadinessRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  packId: z.string(),
  packVersion: z.string(),
  answers: ReadinessAnswersSchema,
  firstReading: VitalsReadingSchema,
  secondReading: z.optional(VitalsReadingSchema),
  decision: ReadinessDecisionSchema,
  reasons: z.array(ReadinessReasonSchema),
  careTeamNotes: z.array(CareTeamNoteSchema),
});
/** One saved check-in. */
export type ReadinessRecord = z.infer<typeof ReadinessRecordSchema>;
