import type { ReadinessReason } from '../../domain/readiness-record';
import { RuleLink } from './RuleLink';

const LEVEL_WORD: Record<ReadinessReason['level'], string> = { ok: 'Fine', caution: 'Caution', hold: 'Hold' };

/** The reasons behind a decision, each in plain words with what to do and a link to why the rule exists. */
export function ReasonList({ reasons }: { reasons: readonly ReadinessReason[] }) {
  return (
    <ul class="list-plain reason-list">
      {reasons.map((reason) => (
        <li key={`${reason.ruleId}-${reason.text}`} class={`reason reason--${reason.level}`}>
          <p>
            <strong>{LEVEL_WORD[reason.level]}:</strong> {reason.text}
          </p>
          {reason.next ? <p>{reason.next}</p> : null}
          <RuleLink ruleId={reason.ruleId} />
        </li>
      ))}
    </ul>
  );
}

/** A decision as a short title. */
export const DECISION_TITLE = {
  ready: 'Ready',
  caution: 'Caution',
  hold: 'Hold: do not start the session',
} as const;
