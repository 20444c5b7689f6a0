import { isOpen, type PracticeRecord, PracticeRecordSchema } from '../domain/breath-practice';
import { getRecord, listRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** One practice by id. */
export function loadPractice(id: string): Promise<PracticeRecord | undefined> {
  return getRecord(STORES.practices, PracticeRecordSchema, id);
}

/** Saves a practice durably (its start, each pause and resume, and its end). */
export function savePractice(practice: PracticeRecord): Promise<void> {
  return putRecord(STORES.practices, PracticeRecordSchema, practice);
}

/** The most recent practices, newest first (by-date on startedAt). */
export function listPractices(limit = 20): Promise<PracticeRecord[]> {
  return listRecords(STORES.practices, PracticeRecordSchema, { limit });
}

/** The newest practice that is still running or paused, if any (to offer "continue" after a reload). */
export async function openPractice(): Promise<PracticeRecord | undefined> {
  return (await listPractices(5)).find(isOpen);
}
