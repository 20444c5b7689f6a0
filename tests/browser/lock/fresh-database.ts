// Each lock test starts from nothing: no lock record, no key in memory, no wrong-try counter, an empty database.
import { lockStatus } from '../../../src/state/app-lock';
import { dropDataKey, setLockPresence } from '../../../src/storage/at-rest';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';

/** Resets the lock's memory and localStorage, and opens a new, empty database. */
export async function freshLockDatabase(): Promise<void> {
  localStorage.clear();
  dropDataKey(false);
  setLockPresence(false);
  lockStatus.value = 'off';
  await closeDb();
  await deleteDb();
  await getDb();
}
