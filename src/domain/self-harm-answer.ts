import { selfHarmAnswerRule } from './pack-limits';
import type { ProtocolPack } from './protocol-pack';
import type { ReadinessReason } from './readiness-record';
import type { ScaleResult } from './scale-result';

// A PHQ-9 answer about thoughts of self-harm reaches the session day: the check-in reads the stored results, so an
// answer given days before (the pack sets how many) is said plainly on the day, with the crisis numbers.

/** The PHQ-9's ninth question ("thoughts that you would be better off dead, or of hurting yourself"). WARNING: stored. */
export const PHQ9_ITEM9_ID = 'phq9-9';

/** Whether a stored result answered PHQ-9 question 9 above zero. */
export function answeredSelfHarm(result: ScaleResult): boolean {
  if (result.scaleId !== 'phq9') return false;
  return result.attentionReason === 'phq9-item9' || (result.answers[PHQ9_ITEM9_ID] ?? 0) > 0;
}

/** The latest PHQ-9 within the pack's days before `now` that answered question 9 above zero, if any. */
export function recentSelfHarmAnswer(
  results: readonly ScaleResult[],
  pack: ProtocolPack,
  now: Date,
): ScaleResult | undefined {
  const since = now.getTime() - selfHarmAnswerRule(pack).days * 86_400_000;
  let latest: ScaleResult | undefined;
  for (const result of results) {
    const at = Date.parse(result.completedAt);
    if (Number.isNaN(at) || at < since || !answeredSelfHarm(result)) continue;
    if (!latest || at > Date.parse(latest.completedAt)) latest = result;
  }
  return latest;
}

/** What a recent question-9 answer means for today's check-in. */
export function selfHarmReason(results: readonly ScaleResult[], pack: ProtocolPack, now: Date): ReadinessReason {
  const rule = selfHarmAnswerRule(pack);
  const found = recentSelfHarmAnswer(results, pack, now);
  if (!found) {
    return {
      ruleId: 'phq9-item9',
      level: 'ok',
      text: `No PHQ-9 in the last ${rule.days} days said you had thoughts of harming yourself.`,
    };
  }
  const day = new Date(found.completedAt).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });
  return {
    ruleId: 'phq9-item9',
    level: rule.level,
    text: `On ${day} your PHQ-9 said you had thoughts that you would be better off dead, or of hurting yourself.`,
    next: 'Talk to your care team before dosing. If you might act on these thoughts, call a crisis line now.',
  };
}
