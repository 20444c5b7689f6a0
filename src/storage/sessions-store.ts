import { type SessionRecord, SessionRecordSchema } from '../domain/session';
import { activeOf, nextPlanned } from '../domain/session-status';
import { getRecord, listRecords } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
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
  return nextPlanned(await listSessions(), now);
}

/** The session under way, if any (the newest, should there ever be two). */
export async function activeSession(): Promise<SessionRecord | undefined> {
  return activeOf(await listSessions());
}

/** Sessions that have ended, newest first. */
export async function pastSessions(): Promise<SessionRecord[]> {
  return (await listSessions()).filter((s) => s.status === 'ended');
}
