import type { SessionRecord, SessionStatus } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { listSessions } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { inRange, type SummarySectionProps } from './summary-range';
import { longDate } from './use-scale-results';

const STATUS_WORDS: Record<SessionStatus, string> = {
  planned: 'Planned',
  active: 'In progress',
  ended: 'Completed',
  cancelled: 'Cancelled',
};

/** The date a session is known by: when it was dosed, else planned, else created. */
function sessionDate(session: SessionRecord): string {
  return session.dosedAt ?? session.scheduledFor ?? session.createdAt;
}

/** A time of day, or a dash. */
function timeOf(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? '—'
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Summary section: dosing sessions in the range, oldest first (dates and times only; no dose is ever shown). */
export function SessionsSummarySection({ range }: SummarySectionProps) {
  const { value: sessions, error } = useLoad<SessionRecord[]>(listSessions, [], 'Sessions could not be read.');
  if (error) return <Notice tone="danger">{error}</Notice>;
  if (!sessions) return <p class="muted">Loading sessions…</p>;
  const shown = sessions.filter((s) => inRange(sessionDate(s), range)).reverse();
  if (shown.length === 0) return <p>No sessions in these dates.</p>;
  return (
    <table class="summary-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Status</th>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((s) => (
          <tr key={s.id}>
            <td>{longDate(sessionDate(s))}</td>
            <td>{STATUS_WORDS[s.status]}</td>
            <td>{timeOf(s.dosedAt)}</td>
            <td>{timeOf(s.endedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
