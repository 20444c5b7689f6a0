import { useEffect, useState } from 'preact/hooks';
import { SCALE_SCHEDULE } from '../../content/scale-schedule';
import { SCALE_NAMES } from '../../domain/scale';
import { dueStates, type ScaleDueState } from '../../domain/scale-due';
import { lastCompletedByScale } from '../../storage/scale-results-store';

/** A gentle reminder of the check-in questionnaires that are due (by the pack's cadence). Nothing when none are. */
export function ScalesDueCard() {
  const [due, setDue] = useState<ScaleDueState[]>([]);
  useEffect(() => {
    lastCompletedByScale()
      .then((last) => setDue(dueStates(SCALE_SCHEDULE, last, new Date()).filter((state) => state.due)))
      .catch(() => setDue([]));
  }, []);
  if (due.length === 0) return null;
  return (
    <section class="card" aria-labelledby="scales-due-title">
      <h2 id="scales-due-title">Check-in questionnaires</h2>
      <p class="muted">A few minutes each, whenever suits you.</p>
      <ul class="list-plain">
        {due.map((state) => {
          const name = SCALE_NAMES[state.scaleId];
          return (
            <li key={state.scaleId}>
              <a class="step-link" href={`/scales/${state.scaleId}`}>
                <strong>{name} due</strong>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
