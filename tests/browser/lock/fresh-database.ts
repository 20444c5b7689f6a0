// Each lock test starts from nothing: no lock record, no key in memory, no wrong-try counter, an empty database.
import { dispatchLock } from '../../../src/state/app-lock-machine';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';

/** Resets the lock's memory and localStorage, and opens a new, empty database. */
export async function freshLockDatabase(): Promise<void> {
  localStorage.clear();
  // What reading an empty database's lock record tells the machine: no lock (key forgotten, storage told so).
  dispatchLock({ type: 'removed' });
  dispatchLock({ type: 'read', record: undefined });
  await closeDb();
  await deleteDb();
  await getDb();
}
