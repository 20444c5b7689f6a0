import { type CareTeamNote, type ReadinessRecord, ReadinessRecordSchema } from '../domain/readiness-record';
import { getRecord, listRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** Saves a check-in durably. */
export function saveReadiness(record: ReadinessRecord): Promise<void> {
  return putRecord(STORES.readiness, ReadinessRecordSchema, record);
}

/** Reads one check-in. */
export function loadReadiness(id: string): Promise<ReadinessRecord | undefined> {
  return getRecord(STORES.readiness, ReadinessRecordSchema, id);
}

/** Every check-in, newest first (damaged ones skipped and reported). */
export function listReadiness(options: { limit?: number } = {}): Promise<ReadinessRecord[]> {
  return listRecords(STORES.readiness, ReadinessRecordSchema, options);
}

/** Adds a "my care team cleared me" note to a check-in. The decision itself never changes. */
export async function addCareTeamNote(id: string, note: CareTeamNote): Promise<ReadinessRecord> {
  const record = await loadReadiness(id);
  if (!record) throw new Error('This check-in could not be found, so the note was not saved.');
  const next = { ...record, careTeamNotes: [...record.careTeamNotes, note] };
  await saveReadiness(next);
  return next;
}
