// Parse on read, check on write: the shared mechanics behind every <entity>-store.ts.
import type { z } from 'zod/mini';
import { openAfterRead, sealForWrite } from './at-rest';
import { getDb } from './db';
import type { StoreName } from './schema';
import { toStorageError } from './storage-error';

/** Told about each stored record that failed its schema and was skipped (never its content: no data in logs). */
export type BadRecordReporter = (store: StoreName, key: IDBValidKey | undefined) => void;

let reportBadRecord: BadRecordReporter = () => {};

/** Sets who hears about records that were skipped because they did not parse. */
export function setBadRecordReporter(reporter: BadRecordReporter): void {
  reportBadRecord = reporter;
}

/** Parses one stored value; a bad one is reported and becomes undefined instead of crashing a screen. */
export function parseRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: unknown,
  key?: IDBValidKey,
): z.infer<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  reportBadRecord(store, key);
  return undefined;
}

/**
 * Opens (when the app lock sealed it) and parses one stored value. A record that does not open is reported and
 * skipped like any damaged record; a locked app throws StorageError 'locked'.
 */
export async function openRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: unknown,
  key?: IDBValidKey,
): Promise<z.infer<S> | undefined> {
  if (value === undefined) return undefined;
  const opened = await openAfterRead(store, value);
  if (opened === undefined) {
    reportBadRecord(store, key);
    return undefined;
  }
  return parseRecord(store, schema, opened, key);
}

/** Opens and parses raw values read in a transaction (after it has finished: decryption cannot run inside one). */
export async function openRecords<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  raw: readonly { value: unknown; key: IDBValidKey }[],
): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  for (const { value, key } of raw) {
    const parsed = await openRecord(store, schema, value, key);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** Checks a record against its schema and seals it when the app lock is on: the form it is written in. */
export async function prepareRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: z.infer<S>,
): Promise<unknown> {
  return sealForWrite(store, schema.parse(value));
}

/** Reads one record by key, parsed. */
export async function getRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  key: IDBValidKey,
): Promise<z.infer<S> | undefined> {
  try {
    const db = await getDb();
    return await openRecord(store, schema, await db.get(store, key), key);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Options for listing records. */
export interface ListOptions {
  /** Newest first by the store's `by-date` index (the default), or oldest first. */
  direction?: 'newest' | 'oldest';
  /** At most this many records. */
  limit?: number;
}

/** Lists records by date, parsed; records that fail their schema are skipped and reported. */
export async function listRecords<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  options: ListOptions = {},
): Promise<z.infer<S>[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(store, 'readonly');
    const index = tx.store.index('by-date');
    const raw: { value: unknown; key: IDBValidKey }[] = [];
    // With a limit, read a few extra in case some do not parse (they are skipped); without one, read all.
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let cursor = await index.openCursor(null, options.direction === 'oldest' ? 'next' : 'prev');
    while (cursor && raw.length < limit * 2 + 8) {
      raw.push({ value: cursor.value, key: cursor.primaryKey });
      cursor = await cursor.continue();
    }
    await tx.done;
    return (await openRecords(store, schema, raw)).slice(0, limit);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Lists every record of a store in key order, parsed (for small stores without a date index). */
export async function listAllRecords<S extends z.ZodMiniType>(store: StoreName, schema: S): Promise<z.infer<S>[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(store, 'readonly');
    const raw: { value: unknown; key: IDBValidKey }[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      raw.push({ value: cursor.value, key: cursor.primaryKey });
      cursor = await cursor.continue();
    }
    await tx.done;
    return await openRecords(store, schema, raw);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Validates and writes one record durably; resolves only when the transaction has committed. */
export async function putRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  value: z.infer<S>,
): Promise<void> {
  const stored = await prepareRecord(store, schema, value);
  try {
    const db = await getDb();
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(stored), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes one record by key. */
export async function deleteRecord(store: StoreName, key: IDBValidKey): Promise<void> {
  try {
    const db = await getDb();
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(key), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}
