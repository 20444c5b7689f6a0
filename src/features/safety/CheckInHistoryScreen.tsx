import './safety.css';
import { useLoad } from '../../state/use-load';
import { listReadiness } from '../../storage/readiness-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { DECISION_TITLE, ReasonList } from './ReasonList';

/** Every saved check-in, newest first: the decision, what needed attention, and any care-team notes. */
export function CheckInHistoryScreen() {
  const loaded = useLoad(listReadiness, [], 'Your check-ins could not be read.');
  const error = loaded.error;
  const records = loaded.value ?? (error ? [] : undefined);
  return (
    <Screen title="Check-in history">
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {records === undefined ? <p role="status">Loading…</p> : null}
      {records?.length === 0 && !error ? <p>No check-ins yet.</p> : null}
      <ul class="list-plain">
        {records?.map((record) => {
          const concerns = record.reasons.filter((r) => r.level !== 'ok');
          const reading = record.secondReading ?? record.firstReading;
          return (
            <li key={record.id} class="card" data-testid="check-in-record" data-decision={record.decision}>
              <h2>
                {new Date(record.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}:{' '}
                {DECISION_TITLE[record.decision]}
              </h2>
              <p>
                Blood pressure {record.firstReading.systolic}/{record.firstReading.diastolic}, heart rate{' '}
                {record.firstReading.heartRate}
                {record.secondReading
                  ? `; measured again: ${reading.systolic}/${reading.diastolic}, heart rate ${reading.heartRate}`
                  : ''}
                .
              </p>
              {concerns.length > 0 ? <ReasonList reasons={concerns} /> : <p>Everything was within your rules.</p>}
              {record.careTeamNotes.map((note) => (
                <p key={note.at}>
                  <strong>Care-team note ({new Date(note.at).toLocaleString()}):</strong> {note.text}
                </p>
              ))}
              <p class="muted">Safety rules version {record.packVersion}.</p>
            </li>
          );
        })}
      </ul>
      <LinkButton href="/check-in">Back to the check-in</LinkButton>
    </Screen>
  );
}
