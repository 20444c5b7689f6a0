import type { CheckInRule, LimitCompare, ProtocolPack, SelfHarmAnswerRule } from './protocol-pack';

// The pack's limits read one way everywhere: the decision, the readings' text and the pack screen all ask here, so
// the inequality a person reads is the one the app applies.

/** The check-in rule a pack without one gets: the check-in is used, and counts for an hour. */
export const DEFAULT_CHECK_IN_RULE: CheckInRule = {
  id: 'check-in',
  used: true,
  validMinutes: 60,
  sources: ['Stillpoint default: the check-in is done right before dosing; after 60 minutes it is done again'],
};

/** The PHQ-9 question-9 rule a pack without one gets (the same as the default pack's). */
export const DEFAULT_SELF_HARM_ANSWER_RULE: SelfHarmAnswerRule = {
  id: 'phq9-item9',
  days: 14,
  level: 'caution',
  sources: ['PHQ-9 (Kroenke, Spitzer & Williams 2001): each question asks about the last 2 weeks (14 days)'],
};

/** The pack's check-in rule, or the conservative default for an older pack that has none. */
export function checkInRule(pack: ProtocolPack): CheckInRule {
  return pack.readiness.checkIn ?? DEFAULT_CHECK_IN_RULE;
}

/** The pack's PHQ-9 question-9 rule, or the default for an older pack that has none. */
export function selfHarmAnswerRule(pack: ProtocolPack): SelfHarmAnswerRule {
  return pack.readiness.selfHarmAnswer ?? DEFAULT_SELF_HARM_ANSWER_RULE;
}

/** The blood-pressure comparison in force: "at-or-above" where an older pack does not say. */
export function bloodPressureCompare(pack: ProtocolPack): LimitCompare {
  return pack.readiness.bloodPressure.compare ?? 'at-or-above';
}

/** Whether a value is beyond a limit under a comparison. */
export function beyond(value: number, limit: number, compare: LimitCompare): boolean {
  return compare === 'above' ? value > limit : value >= limit;
}

/** The comparison in words: "above" or "at or above". */
export function compareWords(compare: LimitCompare): string {
  return compare === 'above' ? 'above' : 'at or above';
}

/** The heart-rate hold limit and its comparison, whichever field the pack uses. */
export function heartRateLimit(pack: ProtocolPack): { limit: number; compare: LimitCompare } {
  const rule = pack.readiness.heartRate;
  return 'holdAbove' in rule
    ? { limit: rule.holdAbove, compare: 'above' }
    : { limit: rule.holdAtOrAbove, compare: 'at-or-above' };
}

/** A blood-pressure limit in words, e.g. "above 160/90". */
export function bloodPressureLimitWords(pack: ProtocolPack, band: 'caution' | 'hold'): string {
  const limit = pack.readiness.bloodPressure[band];
  return `${compareWords(bloodPressureCompare(pack))} ${limit.systolic}/${limit.diastolic}`;
}

/** The heart-rate hold limit in words, e.g. "above 100". */
export function heartRateLimitWords(pack: ProtocolPack): string {
  const { limit, compare } = heartRateLimit(pack);
  return `${compareWords(compare)} ${limit}`;
}
