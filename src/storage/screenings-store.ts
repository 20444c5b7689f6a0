import { type ScreeningRecord, ScreeningRecordSchema } from '../domain/screening';
import { listRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** Saves a completed screening durably. */
export function saveScreening(record: ScreeningRecord): Promise<void> {
  return putRecord(STORES.screenings, ScreeningRecordSchema, record);
}

/** The latest completed screening, if any. */
export async function latestScreening(): Promise<ScreeningRecord | undefined> {
  return (await listRecords(STORES.screenings, ScreeningRecordSchema, { limit: 1 }))[0];
}

/** Every screening, newest first. */
export function listScreenings(): Promise<ScreeningRecord[]> {
  return listRecords(STORES.screenings, ScreeningRecordSchema);
}
