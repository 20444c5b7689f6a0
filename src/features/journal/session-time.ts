import type { SessionRecord } from '../../domain/session';

/** When a session ended, as well as it is known: its end, else its dose, else when it was created. */
export function sessionEnd(session: SessionRecord): Date {
  return new Date(session.endedAt ?? session.dosedAt ?? session.createdAt);
}

/** A short, local way to name a session: "session of 3 Nov". */
export function sessionLabel(session: SessionRecord): string {
  const when = sessionEnd(session).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return `Session of ${when}`;
}

/** True when a session ended less than an hour ago (the journal then offers a quick note first). */
export function endedWithinHour(session: SessionRecord, now: Date): boolean {
  if (session.status !== 'ended' || !session.endedAt) return false;
  const since = now.getTime() - Date.parse(session.endedAt);
  return since >= 0 && since < 3_600_000;
}
