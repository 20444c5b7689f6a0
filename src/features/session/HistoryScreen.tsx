import type { SessionRecord } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { pastSessions } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { clockTime, dateAndTime } from './format-time';
import { describeObservation } from './observation-questions';
import { useDimTheme } from './use-dim-theme';
import './session.css';

const STEP_WORDS = { dose: 'Dose taken', 'after-hold': 'Hold finished', booster: 'Booster taken' } as const;

/** Past sessions with their times, steps, sitter observations and notes. */
export function HistoryScreen() {
  useDimTheme();
  const { value: sessions, error } = useLoad(pastSessions, [], 'Could not read past sessions.');

  return (
    <Screen title="Past sessions">
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {sessions?.length === 0 ? <p>No sessions have ended yet.</p> : null}
      <ul class="list-plain">
        {(sessions ?? []).map((session) => (
          <li key={session.id}>
            <PastSession session={session} />
          </li>
        ))}
      </ul>
    </Screen>
  );
}

function PastSession({ session }: { session: SessionRecord }) {
  const started = session.dosedAt ?? session.startedAt ?? session.createdAt;
  return (
    <article class="card" aria-label={`Session of ${dateAndTime(started)}`}>
      <h2>{dateAndTime(started)}</h2>
      {session.endedAt ? <p>Ended at {clockTime(session.endedAt)}.</p> : null}
      {session.startReason ? <p>Started without a check-in: {session.startReason}</p> : null}
      {session.checkInNotUsed ? (
        <p>
          Started without a check-in: your clinic's safety rules ({session.checkInNotUsed.packVersion}) do not use it.
        </p>
      ) : null}
      <ul class="list-plain timeline">
        {(session.steps ?? []).map((step) => (
          <li key={step.kind}>
            {STEP_WORDS[step.kind]} at {clockTime(step.at)}
          </li>
        ))}
        {(session.observations ?? []).map((entry) => (
          <li key={`o${entry.dueMinute}`}>
            Sitter observation at {entry.dueMinute} min: {describeObservation(entry)}
          </li>
        ))}
        {(session.notes ?? []).map((note) => (
          <li key={`n${note.at}`}>
            Note at {clockTime(note.at)}: {note.text}
          </li>
        ))}
        {session.vitalsAfter ? (
          <li>
            At the end: {session.vitalsAfter.systolic}/{session.vitalsAfter.diastolic}, heart rate{' '}
            {session.vitalsAfter.heartRate}
          </li>
        ) : null}
      </ul>
      <a href={`/session/${encodeURIComponent(session.id)}/after`}>After the session</a>
    </article>
  );
}
