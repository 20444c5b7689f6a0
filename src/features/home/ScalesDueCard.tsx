import { SCALE_SCHEDULE } from '../../content/scale-schedule';
import { dueStates } from '../../domain/scale-due';
import { SCALE_NAMES, type ScaleId } from '../../domain/scale-id';

/**
 * The questionnaires (PHQ-9, GAD-7, PCL-5): a gentle "PHQ-9 due" for each one the pack's cadence says is due, and always the way
 * to the scores. No notifications; this card is the whole reminder.
 */
export function ScalesDueCard({ lastCompleted }: { lastCompleted: Partial<Record<ScaleId, string>> }) {
  const due = dueStates(SCALE_SCHEDULE, lastCompleted, new Date()).filter((state) => state.due);
  return (
    <section class="card" aria-labelledby="scales-due-title">
      <h2 id="scales-due-title">Questionnaires</h2>
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
