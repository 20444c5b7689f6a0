import type { PracticeRecord } from '../../domain/breath-practice';
import { formatLength } from './patterns';

const STATUS_WORDS: Record<PracticeRecord['status'], string> = {
  running: 'under way',
  paused: 'paused',
  completed: 'completed',
  stopped: 'stopped early',
};

/** The most recent practices: when, which pattern, how long, and whether it was finished. */
export function PracticeLog({ practices }: { practices: PracticeRecord[] }) {
  if (practices.length === 0) return <p class="muted">No practices yet.</p>;
  return (
    <ul class="list-plain practice-log">
      {practices.map((practice) => (
        <li key={practice.id} class="card">
          <strong>{practice.patternName}</strong>, {formatLength(practice.practisedMs ?? practice.plannedMs)},{' '}
          {STATUS_WORDS[practice.status]}
          <br />
          <span class="muted">
            {new Date(practice.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          </span>
        </li>
      ))}
    </ul>
  );
}
