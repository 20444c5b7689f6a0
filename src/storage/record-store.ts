// Parse on read: the shared reading mechanics behind every <entity>-store.ts (the writes are in record-writes.ts,
// so a screen that only reads, the home screen, does not load them). Every trip to the database goes through withDb
// (one place that turns IndexedDB's failures into a StorageError) and every cursor through readRaw (one indexed read,
// whose index names the compiler checks against schema.ts).
import type { z } from 'zod/mini';
import { openAfterRead } from './at-rest';
import { type Db, getDb } from './db';
import type { DatedStore, IndexName, StoreName } from './schema';
import { toStorageError } from './storage-error';

/** Told about each stored record that failed its schema and was skipped (never its content: no data in logs). */
export type BadRecordReporter = (store: StoreName, key: IDBValidKey | undefined) => void;

let reportBadRecord: BadRecordReporter = () => {};

/** Sets who hears about records that were skipped because they did not parse. */
export function setBadRecordReporter(reporter: BadRecordReporter): void {
  reportBadRecord = reporter;
}

/** Carries an error out of withDb unchanged (a caller's schema failure is not a storage failure). */
export class KeepError {
  constructor(readonly error: unknown) {}
}

/** Runs work against the open database; any failure becomes a StorageError with a plain message. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await work(await getDb());
  } catch (error) {
    if (error instanceof KeepError) throw error.error;
    throw toStorageError(error);
  }
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

/** A record as read from a cursor: its stored value, its key, and the index key it was found under. */
export interface RawRecord {
  value: unknown;
  key: IDBValidKey;
  indexKey: IDBValidKey;
}

/** Opens and parses raw values read in a transaction (after it has finished: decryption cannot run inside one). */
export async function openRecords<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  raw: readonly Pick<RawRecord, 'value' | 'key'>[],
): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  for (const { value, key } of raw) {
    const parsed = await openRecord(store, schema, value, key);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** What to read with a cursor: by an index of the store (or the store itself), a range, a direction, how many. */
export interface RawRead<S extends StoreName> {
  index?: IndexName<S>;
  range?: IDBKeyRange | null;
  direction?: 'next' | 'prev';
  /** Stop after this many records (those passed over by `skip` do not count). */
  limit?: number;
  /** Passes over a record without counting it (a page boundary, say). */
  skip?: (record: RawRecord) => boolean;
}

/** Reads raw records with one cursor in one read transaction, as stored (open them with openRecords). */
export function readRaw<S extends StoreName>(store: S, read: RawRead<S> = {}): Promise<RawRecord[]> {
  return withDb(async (db) => {
    const tx = db.transaction(store, 'readonly');
    const source = read.index ? tx.store.index(read.index) : tx.store;
    const out: RawRecord[] = [];
    const limit = read.limit ?? Number.POSITIVE_INFINITY;
    let cursor = await source.openCursor(read.range ?? null, read.direction ?? 'next');
    while (cursor && out.length < limit) {
      const record = { value: cursor.value, key: cursor.primaryKey, indexKey: cursor.key };
      if (!read.skip?.(record)) out.push(record);
      cursor = await cursor.continue();
    }
    await tx.done;
    return out;
  });
}

/**
 * A hand-written check of a stored value: the value as the caller may use it, or undefined when it does not pass.
 * For a screen that must not load zod (the home screen); everything else parses with its record's zod schema.
 */
export type RecordCheck<T> = (value: unknown) => T | undefined;

/** Reads records with one cursor (see readRaw), then opens them and checks each; bad ones are skipped and reported. */
export async function readChecked<S extends StoreName, T>(
  store: S,
  check: RecordCheck<T>,
  read: RawRead<S> = {},
): Promise<T[]> {
  const out: T[] = [];
  for (const { value, key } of await readRaw(store, read)) {
    const opened = await openAfterRead(store, value);
    const checked = opened === undefined ? undefined : check(opened);
    if (checked === undefined) reportBadRecord(store, key);
    else out.push(checked);
  }
  return out;
}

/** Reads records with one cursor (see readRaw), then opens and parses them; bad ones are skipped and reported. */
export async function readRecords<S extends StoreName, Z extends z.ZodMiniType>(
  store: S,
  schema: Z,
  read: RawRead<S> = {},
): Promise<z.infer<Z>[]> {
  return openRecords(store, schema, await readRaw(store, read));
}

/** Reads one record by key, parsed. */
export function getRecord<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  key: IDBValidKey,
): Promise<z.infer<S> | undefined> {
  return withDb(async (db) => openRecord(store, schema, await db.get(store, key), key));
}

/** Options for listing records. */
export interface ListOptions {
  /** Newest first by the store's `by-date` index (the default), or oldest first. */
  direction?: 'newest' | 'oldest';
  /** At most this many records. */
  limit?: number;
}

/** Lists records by date, parsed; records that fail their schema are skipped and reported. */
export async function listRecords<S extends DatedStore, Z extends z.ZodMiniType>(
  store: S,
  schema: Z,
  options: ListOptions = {},
): Promise<z.infer<Z>[]> {
  // With a limit, read a few extra in case some do not parse (they are skipped); without one, read all.
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const records = await readRecords(store, schema, {
    index: 'by-date' as IndexName<S>,
    direction: options.direction === 'oldest' ? 'next' : 'prev',
    limit: limit * 2 + 8,
  });
  return records.slice(0, limit);
}

/** Lists every record of a store in key order, parsed (for small stores without a date index). */
export function listAllRecords<S extends z.ZodMiniType>(store: StoreName, schema: S): Promise<z.infer<S>[]> {
  return readRecords(store, schema);
}

/** How many records a store holds, or how many under one key. */
export function countRecords(store: StoreName, key?: IDBValidKey): Promise<number> {
  return withDb((db) => (key === undefined ? db.count(store) : db.count(store, key)));
}
