// The app lock's record in the keys store.
import { type LockRecord, LockRecordSchema } from '../domain/app-lock';
import { getRecord } from './record-reads';
import { deleteRecord, LOCK_RECORD_KEY, putRecord } from './record-writes';
import { STORES } from './schema';

const LOCK_ID = LOCK_RECORD_KEY;

/** The app lock's record, if the lock is on (or being turned on or off). */
export function loadLockRecord(): Promise<LockRecord | undefined> {
  return getRecord(STORES.keys, LockRecordSchema, LOCK_ID);
}

/** Saves the lock record durably. */
export function saveLockRecord(record: LockRecord): Promise<void> {
  return putRecord(STORES.keys, LockRecordSchema, record);
}

/** Removes the lock record (the lock is off and every record is plain again). */
export function deleteLockRecord(): Promise<void> {
  return deleteRecord(STORES.keys, LOCK_ID);
}
