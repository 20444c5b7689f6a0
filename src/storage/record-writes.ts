// Check on write: the shared writing mechanics behind every <entity>-store.ts (reads are in record-store.ts). Every
// write is checked against its record's schema, sealed when the app lock is on, and committed durably.
import type { z } from 'zod/mini';
import { atRestState, lockedError, sealForWrite } from './at-rest';
import type { LockPhase } from './at-rest-mode';
import { storeIsSealed } from './at-rest-policy';
import { putEach, type WriteTransaction } from './db';
import { withDb } from './record-store';
import { STORES, type StoreName } from './schema';
import { StorageError } from './storage-error';

/** Whether records prepared in this phase went out in the clear (the tab believed there was no lock). */
function writesPlainly(phase: LockPhase): boolean {
  return phase === 'off' || phase === 'unknown';
}

/**
 * Runs a durable read-write transaction over the stores; resolves once it has committed. A tab that believes the
 * lock is off writes plainly; if another tab has meanwhile finished turning the lock on, the lock record (read in
 * the same transaction) says so and the write is refused, so no plain record ever lands in a sealed store.
 * `preparedIn` is the lock's phase when the records were prepared (sealed or not): a tab may have unlocked since,
 * and records prepared in the clear before that must still meet the check.
 */
export function withWrite<T>(
  stores: readonly StoreName[],
  work: (tx: WriteTransaction) => Promise<T>,
  preparedIn: LockPhase = atRestState().phase,
): Promise<T> {
  const plain = writesPlainly(preparedIn) || writesPlainly(atRestState().phase);
  // The keys store is sealed in part (the identity), so its writes are guarded too; it is then named only once.
  const guard = plain && stores.some(storeIsSealed);
  const names = guard && !stores.includes(STORES.keys) ? [...stores, STORES.keys] : [...stores];
  return withDb(async (db) => {
    const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
    if (guard) {
      const lock = (await tx.objectStore(STORES.keys).get(LOCK_RECORD_KEY)) as { state?: unknown } | undefined;
      if (lock?.state === 'on') {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw lockedError();
      }
    }
    // Observed here, or superseded by the work's own error (an abort it chose, say).
    const done = tx.done;
    done.catch(() => undefined);
    const result = await work(tx);
    await done;
    return result;
  });
}

/** The key of the lock record in the keys store (storage/lock-store.ts). Stored on devices: never change it. */
export const LOCK_RECORD_KEY = 'app-lock';

/** Checks a record against its schema and seals it when the app lock is on: the form it is written in. */
export async function prepareRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: z.infer<S>,
): Promise<unknown> {
  return sealForWrite(store, schema.parse(value));
}

/** Validates and writes one record durably; resolves only when the transaction has committed. */
export async function putRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: z.infer<S>,
): Promise<void> {
  const { phase } = atRestState();
  const stored = await prepareRecord(store, schema, value);
  try {
    await withWrite([store], (tx) => tx.objectStore(store).put(stored), phase);
  } catch (error) {
    // Prepared in the clear just before this tab unlocked, and so refused: sealed now with the key, written again.
    const stale = error instanceof StorageError && error.kind === 'locked' && writesPlainly(phase);
    if (stale && atRestState().sealing) return putRecord(store, schema, value);
    throw error;
  }
}

/**
 * Writes many already prepared records (see prepareRecord) to one store in one durable transaction; `preparedIn`
 * is the lock's phase read before they were prepared (see withWrite).
 */
export async function putPrepared(store: StoreName, values: readonly unknown[], preparedIn: LockPhase): Promise<void> {
  await withWrite([store], async (tx) => putEach(tx, store, values), preparedIn);
}

/** Deletes one record by key. */
export async function deleteRecord(store: StoreName, key: IDBValidKey): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(key), tx.done]);
  });
}
