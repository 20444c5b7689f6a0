// Where a dosing session is in its life, and which session the home screen points to: free of zod, so the home
// screen can pick its sessions without loading the session's schema (domain/session.ts builds on this).

/** Where a dosing session is in its life: planned ahead, under way, or over. */
export const SESSION_STATUSES = ['planned', 'active', 'ended', 'cancelled'] as const;
/** Where a dosing session is in its life. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Whether a stored value is one of the statuses. */
export function isSessionStatus(value: unknown): value is SessionStatus {
  return (SESSION_STATUSES as readonly unknown[]).includes(value);
}

/** What the choice of a session reads of it. */
interface Dated {
  status: SessionStatus;
  scheduledFor?: string | undefined;
}

function startOfDay(date: Date): Date {
  const copy = new Date(date);
  copy.setHours(0, 0, 0, 0);
  return copy;
}

/** The next planned session: the soonest not yet started, from today on (undated ones last). */
export function nextPlanned<T extends Dated>(sessions: readonly T[], now: Date): T | undefined {
  const planned = sessions.filter(
    (s) => s.status === 'planned' && (!s.scheduledFor || new Date(s.scheduledFor) >= startOfDay(now)),
  );
  return planned.sort((a, b) => (a.scheduledFor ?? '9999').localeCompare(b.scheduledFor ?? '9999'))[0];
}

/** The session under way, if any: the first in the order given (newest first, should there ever be two). */
export function activeOf<T extends Dated>(sessions: readonly T[]): T | undefined {
  return sessions.find((s) => s.status === 'active');
}
