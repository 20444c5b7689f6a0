import type { ReadinessDecision, ReadinessReason } from './readiness-record';

/**
 * Whether a check-in lets the person go on to session mode. A hold never does. A caution does only when every
 * concern is the blood-pressure caution band and the care plan says the person may go ahead in that band: other
 * cautions (screening due, a long gap since the last session) mean "talk to your care team first".
 */
export function mayStartSession(
  decision: ReadinessDecision,
  reasons: readonly ReadinessReason[],
  cautionBandAllowed: boolean,
): boolean {
  if (decision === 'ready') return true;
  if (decision === 'hold' || !cautionBandAllowed) return false;
  return reasons.filter((r) => r.level !== 'ok').every((r) => r.ruleId === 'blood-pressure' && r.level === 'caution');
}
