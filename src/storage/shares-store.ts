import { type ShareRecord, ShareRecordSchema } from '../domain/share-records';
import { listRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** The share history, newest first. */
export function listShares(): Promise<ShareRecord[]> {
  return listRecords(STORES.shares, ShareRecordSchema);
}

/** Adds a line to the share history. */
export function saveShare(record: ShareRecord): Promise<void> {
  return putRecord(STORES.shares, ShareRecordSchema, record);
}
