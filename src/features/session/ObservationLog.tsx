import type { SessionRecord } from '../../domain/session';
import { setLaterInterval } from '../../domain/session-lifecycle';
import { DEFAULT_LATER_INTERVAL_MINUTES, LATER_INTERVAL_CHOICES } from '../../domain/session-observation';
import { Field } from '../../ui/Field';
import { clockTime } from './format-time';
import { describeObservation } from './observation-questions';
import type { SessionRecordHandle } from './use-session-record';

/** The sitter observations logged so far, and how often one is due after the first hour (a setting of this session). */
export function ObservationLog({ session, change }: { session: SessionRecord; change: SessionRecordHandle['change'] }) {
  const later = session.observationLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES;
  const logged = session.observations ?? [];
  return (
    <section class="card" aria-labelledby="observation-log-title">
      <h2 id="observation-log-title">Sitter observations</h2>
      {logged.length === 0 ? (
        <p class="muted">None logged yet. The first is 15 minutes after the dose.</p>
      ) : (
        <ul class="list-plain timeline" data-testid="observation-log">
          {logged.map((entry) => (
            <li key={entry.dueMinute}>
              <strong>{entry.dueMinute} min</strong> at {clockTime(entry.at)}: {describeObservation(entry)}
            </li>
          ))}
        </ul>
      )}
      <Field id="later-interval" label="After the first hour, an observation every">
        {(wiring) => (
          <select
            {...wiring}
            value={String(later)}
            onChange={(event) => void change((s) => setLaterInterval(s, Number(event.currentTarget.value)))}
          >
            {LATER_INTERVAL_CHOICES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes} minutes
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}
