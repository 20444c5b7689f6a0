import type { ProtocolPack } from './protocol-pack';
import type { ReadinessReason } from './readiness-record';
import { type ScreeningRecord, screeningDue } from './screening';

/** What the latest screening means for today's check-in: due, a reason to talk first, or fine. */
export function readinessScreeningReason(
  last: ScreeningRecord | undefined,
  pack: ProtocolPack,
  now: Date,
): ReadinessReason {
  const due = screeningDue(last, pack, now);
  if (due.due) {
    const why =
      due.why === 'never'
        ? 'You have not answered the eligibility questions yet.'
        : due.why === 'pack-changed'
          ? 'Your safety rules changed since you last answered the eligibility questions.'
          : `It is more than ${pack.screening.repeatAfterDays} days since you answered the eligibility questions.`;
    return { ruleId: 'screening', level: 'caution', text: why, next: 'Answer them again before the session.' };
  }
  if (last?.outcome === 'crisis') {
    return {
      ruleId: 'screening',
      level: 'hold',
      text: `In your last screening you answered yes to: ${last.reasons.join(' ')}`,
      next: 'Please call or text a crisis line now, and talk with your prescriber before any session.',
    };
  }
  if (last?.outcome === 'talk-to-prescriber') {
    return {
      ruleId: 'screening',
      level: 'caution',
      text: `In your last screening you answered yes to: ${last.reasons.join(' ')}`,
      next: 'Talk with your prescriber before a session.',
    };
  }
  return { ruleId: 'screening', level: 'ok', text: 'Your eligibility questions are up to date.' };
}
