// Parse on read: the zod-parsed reads behind every <entity>-store.ts (the storage core they share is in
// record-store.ts, the writes in record-writes.ts). Every cursor goes through readRaw (one indexed read, whose index
// names the compiler checks against schema.ts); every record is opened (when the app lock sealed it) and parsed.
import type { z } from 'zod/mini';
import { openAfterRead } from './at-rest';
import { checkRecords, reportBadRecord, withDb } from './record-store';
import type { DatedStore, IndexName, StoreName } from './schema';

/** A record as read from a cursor: its stored value, its key, and the index key it was found under. */
export interface RawRecord {
  value: unknown;
  key: IDBValidKey;
  indexKey: IDBValidKey;
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
export function openRecords<S extends z.ZodMiniType>(
  store: StoreName,
  schema: S,
  raw: readonly Pick<RawRecord, 'value' | 'key'>[],
): Promise<z.infer<S>[]> {
  // The same opening, reporting and skipping as the home screen's checked reads, with the schema as the check.
  return checkRecords(
    store,
    (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : undefined;
    },
    raw,
  );
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
