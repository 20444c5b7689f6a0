import { useEffect, useState } from 'preact/hooks';
import { SCALE_SCHEDULE } from '../../content/scale-schedule';
import { SCALE_NAMES } from '../../domain/scale';
import { dueStates, type ScaleDueState } from '../../domain/scale-due';
import { lastCompletedByScale } from '../../storage/scale-results-store';

/**
 * The check-in questionnaires: a gentle "PHQ-9 due" for each one the pack's cadence says is due, and always the way
 * to the scores. No notifications; this card is the whole reminder.
 */
export function ScalesDueCard() {
  const [due, setDue] = useState<ScaleDueState[]>([]);
  useEffect(() => {
    lastCompletedByScale()
      .then((last) => setDue(dueStates(SCALE_SCHEDULE, last, new Date()).filter((state) => state.due)))
      .catch(() => setDue([]));
  }, []);
  return (
    <section class="card" aria-labelledby="scales-due-title">
      <h2 id="scales-due-title">Check-in questionnaires</h2>
      {due.length > 0 ? (
        <>
          <p class="muted">A few minutes each, whenever suits you.</p>
          <ul class="list-plain">
            {due.map((state) => (
              <li key={state.scaleId}>
                <a class="step-link" href={`/scales/${state.scaleId}`}>
                  <strong>{SCALE_NAMES[state.scaleId]} due</strong>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">Nothing due right now.</p>
      )}
      <a class="step-link" href="/scales">
        <strong>Your scores over time</strong>
      </a>
    </section>
  );
}
