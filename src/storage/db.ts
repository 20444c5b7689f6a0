// The only place that opens the database (and the only importer of idb). Everything else asks getDb().
import { type IDBPDatabase, type IDBPTransaction, openDB, unwrap } from 'idb';
import { setStorageClosing, storageClosing } from './closing';
import { DB_NAME, DB_VERSION, runMigrations } from './schema';
import { StorageError, toStorageError } from './storage-error';

/** The open database. Values are untrusted: every store module parses what it reads. */
export type Db = IDBPDatabase<unknown>;

/** A read-write transaction over some stores (what storage/record-store.ts's withWrite hands its work). */
export type WriteTransaction = IDBPTransaction<unknown, string[], 'readwrite'>;

/** Called when a newer version of the app (in another tab) needs this tab to let go of the database. */
export type VersionChangeListener = () => Promise<void> | void;

/** How long this tab may spend saving drafts before it lets a newer tab have the database. */
const STEP_ASIDE_MS = 500;

const versionChangeListeners = new Set<VersionChangeListener>();
let dbPromise: Promise<Db> | undefined;
let deletingHere = false;

/** How long a delete waits for other tabs to let go before it gives up with a message. */
const DELETE_BLOCKED_MS = 3000;

/** Opens (once) and returns the database, migrating it to this build's version. */
export function getDb(): Promise<Db> {
  const closing = storageClosing();
  if (closing === 'erasing' || closing === 'erased') {
    // After erase everything nothing may create the database again (a timer, a late effect) until a reload.
    return Promise.reject(new StorageError('unavailable', 'Everything was erased. Reload Stillpoint to start again.'));
  }
  if (closing === 'stepped-aside') {
    return Promise.reject(new StorageError('blocked', 'Stillpoint was updated in another tab. Reload this tab.'));
  }
  dbPromise ??= openDatabase().catch((error: unknown) => {
    dbPromise = undefined;
    throw toStorageError(error);
  });
  return dbPromise;
}

function openDatabase(): Promise<Db> {
  return openDB(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(unwrap(db), unwrap(tx), oldVersion, newVersion ?? DB_VERSION);
    },
    blocked() {
      // An older tab still holds the database; it has been asked to close (see `blocking` there).
    },
    blocking() {
      // Our own erase: just let go. Otherwise a newer version (another tab) wants to upgrade: save what is open,
      // then step aside so it is never left hanging.
      if (deletingHere) void closeDb();
      else void stepAside();
    },
    terminated() {
      dbPromise = undefined;
    },
  });
}

async function stepAside(): Promise<void> {
  const saving = Promise.allSettled([...versionChangeListeners].map(async (listener) => listener()));
  await Promise.race([saving, new Promise((resolve) => setTimeout(resolve, STEP_ASIDE_MS))]);
  setStorageClosing('stepped-aside');
  await closeDb();
}

/** Closes the database so another tab, an erase or a test can proceed; the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}

/**
 * Deletes the whole database (erase everything, and tests). Waits briefly for other tabs to let go. `forGood`
 * (erase everything) also refuses every later open in this page, so nothing recreates an empty database.
 */
export async function deleteDb(options: { forGood?: boolean } = {}): Promise<void> {
  if (options.forGood) setStorageClosing('erasing');
  deletingHere = true;
  try {
    await closeDb();
    await new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => {
        clearTimeout(timer);
        resolve();
      };
      request.onerror = () => {
        clearTimeout(timer);
        reject(toStorageError(request.error));
      };
      request.onblocked = () => {
        timer = setTimeout(
          () => reject(new StorageError('blocked', 'Stillpoint is open in another tab. Close it and try again.')),
          DELETE_BLOCKED_MS,
        );
      };
    });
  } catch (error) {
    // Not erased after all (another tab held on): the app goes on working.
    if (options.forGood) setStorageClosing(undefined);
    throw error;
  } finally {
    deletingHere = false;
  }
}

/** Subscribes to "a newer version needs the database"; returns an unsubscribe function. */
export function onVersionChange(listener: VersionChangeListener): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

/**
 * Queues a put of every value in one store of a write transaction, without a promise per request (idb wraps each
 * one: about a tenth of a 10,000-entry import). The transaction's completion or abort (`tx.done`)
 * reports the outcome: a failed put aborts the whole transaction, so nothing is half written.
 */
export function putEach(tx: WriteTransaction, store: string, values: readonly unknown[]): void {
  const target = unwrap(tx.objectStore(store));
  try {
    for (const value of values) target.put(value);
  } catch (error) {
    // A put that throws at once (a value without its key, one that cannot be cloned) must not let the ones queued
    // before it commit.
    tx.abort();
    throw error;
  }
}
