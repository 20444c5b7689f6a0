import { type SessionRecord, SessionRecordSchema } from '../domain/session';
import { deleteRecord, getRecord, listRecords, putRecord } from './record-store';
import { STORES } from './schema';

/** Reads one session. */
export function loadSession(id: string): Promise<SessionRecord | undefined> {
  return getRecord(STORES.sessions, SessionRecordSchema, id);
}

/** Saves a session durably. */
export function saveSession(session: SessionRecord): Promise<void> {
  return putRecord(STORES.sessions, SessionRecordSchema, session);
}

/** Every session, newest first. */
export function listSessions(): Promise<SessionRecord[]> {
  return listRecords(STORES.sessions, SessionRecordSchema);
}

/** Removes a session (only ever at the person's request). */
export function deleteSession(id: string): Promise<void> {
  return deleteRecord(STORES.sessions, id);
}

/** The next planned session (the soonest not yet started), if any. */
export async function nextPlannedSession(now = new Date()): Promise<SessionRecord | undefined> {
  const planned = (await listSessions()).filter(
    (s) => s.status === 'planned' && (!s.scheduledFor || new Date(s.scheduledFor) >= startOfDay(now)),
  );
  return planned.sort((a, b) => (a.scheduledFor ?? '9999').localeCompare(b.scheduledFor ?? '9999'))[0];
}

function startOfDay(date: Date): Date {
  const copy = new Date(date);
  copy.setHours(0, 0, 0, 0);
  return copy;
}

/** The session under way, if any (the newest, should there ever be two). */
export async function activeSession(): Promise<SessionRecord | undefined> {
  return (await listSessions()).find((s) => s.status === 'active');
}

/** Sessions that have ended, newest first. */
export async function pastSessions(): Promise<SessionRecord[]> {
  return (await listSessions()).filter((s) => s.status === 'ended');
}
