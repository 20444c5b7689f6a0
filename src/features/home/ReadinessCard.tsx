import { useEffect, useState } from 'preact/hooks';
import type { ReadinessRecord } from '../../domain/readiness-record';
import { type ScreeningDue, screeningDue } from '../../domain/screening';
import { activePack, loadActivePack } from '../../state/protocol-pack';
import { listReadiness } from '../../storage/readiness-store';
import { latestScreening } from '../../storage/screenings-store';

const DECISION_WORD = { ready: 'ready', caution: 'caution', hold: 'hold' } as const;

/** Safety at a glance: whether the eligibility questions are due, and the last check-in's decision. */
export function ReadinessCard() {
  const [state, setState] = useState<{ due: ScreeningDue; last: ReadinessRecord | undefined } | undefined>();
  useEffect(() => {
    Promise.all([loadActivePack(), latestScreening(), listReadiness({ limit: 1 })])
      .then(([, screening, [last]]) =>
        setState({ due: screeningDue(screening, activePack.value.pack, new Date()), last }),
      )
      .catch(() => setState(undefined));
  }, []);
  if (!state) return null;
  return (
    <section class="card" aria-labelledby="readiness-card-title" data-testid="readiness-card">
      <h2 id="readiness-card-title">Safety checks</h2>
      {state.due.due ? (
        <p>
          <strong>Your eligibility questions are due.</strong> <a href="/check-in/screening">Answer them</a>
        </p>
      ) : (
        <p>Eligibility questions are up to date until {state.due.nextDueAt.toLocaleDateString()}.</p>
      )}
      {state.last ? (
        <p>
          Last check-in {new Date(state.last.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
          : <strong>{DECISION_WORD[state.last.decision]}</strong>. <a href="/check-in/history">All check-ins</a>
        </p>
      ) : null}
    </section>
  );
}
