import type { SessionRecord } from '../../domain/session';
import { DEFAULT_LATER_INTERVAL_MINUTES, LATER_INTERVAL_CHOICES } from '../../domain/session-check-in';
import { setLaterInterval } from '../../domain/session-lifecycle';
import { clockTime } from './format-time';
import { describeObservations } from './observations';
import type { SessionRecordHandle } from './use-session-record';

/** The check-ins logged so far, and how often to check in after the first hour (a setting of this session). */
export function CheckInLog({ session, change }: { session: SessionRecord; change: SessionRecordHandle['change'] }) {
  const later = session.checkInLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES;
  const logged = session.checkIns ?? [];
  return (
    <section class="card" aria-labelledby="check-in-log-title">
      <h2 id="check-in-log-title">Sitter check-ins</h2>
      {logged.length === 0 ? (
        <p class="muted">None logged yet. The first is 15 minutes after the dose.</p>
      ) : (
        <ul class="list-plain timeline" data-testid="check-in-log">
          {logged.map((entry) => (
            <li key={entry.dueMinute}>
              <strong>{entry.dueMinute} min</strong> at {clockTime(entry.at)}: {describeObservations(entry)}
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="later-interval">After the first hour, check in every</label>
        <select
          id="later-interval"
          value={String(later)}
          onChange={(event) => void change((s) => setLaterInterval(s, Number(event.currentTarget.value)))}
        >
          {LATER_INTERVAL_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes} minutes
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
