// The storage core every read shares, and the one read behind the home screen's first frame: withDb (the one place
// that turns IndexedDB's failures into a StorageError), the bad-record reporter, and readRawMany with checkRecords
// (the home screen's read, checked by hand-written checks). The zod-parsed reads every <entity>-store.ts uses are in
// record-reads.ts and the writes in record-writes.ts, so the home screen loads neither.
import { openAfterRead } from './at-rest';
import { type Db, getDb } from './db';
import type { IndexName, StoreName } from './schema';
import { toStorageError } from './storage-error';

/** Told about each stored record that failed its schema and was skipped (never its content: no data in logs). */
export type BadRecordReporter = (store: StoreName, key: IDBValidKey | undefined) => void;

let reporter: BadRecordReporter = () => {};

/** Sets who hears about records that were skipped because they did not parse. */
export function setBadRecordReporter(next: BadRecordReporter): void {
  reporter = next;
}

/** Reports one stored record that failed its check or schema and was skipped. */
export function reportBadRecord(store: StoreName, key: IDBValidKey | undefined): void {
  reporter(store, key);
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

/**
 * A hand-written check of a stored value: the value as the caller may use it, or undefined when it does not pass.
 * For a screen that must not load zod (the home screen); everything else parses with its record's zod schema.
 */
export type RecordCheck<T> = (value: unknown) => T | undefined;

/** Opens and checks raw records already read (see readRawMany); bad ones are skipped and reported. */
export async function checkRecords<T>(
  store: StoreName,
  check: RecordCheck<T>,
  raw: readonly StoredRecord[],
): Promise<T[]> {
  const out: T[] = [];
  for (const { value, key } of raw) {
    const opened = await openAfterRead(store, value);
    const checked = opened === undefined ? undefined : check(opened);
    if (checked === undefined) reportBadRecord(store, key);
    else out.push(checked);
  }
  return out;
}

/** One read of readRawMany: a whole store, or an index within a range; or only the last record in the index's order. */
export interface ManyRead {
  store: StoreName;
  index?: string;
  range?: IDBKeyRange | null;
  lastOnly?: boolean;
}

/** A ManyRead whose index name the compiler checks against schema.ts. */
export function manyRead<S extends StoreName>(
  store: S,
  read: { index?: IndexName<S>; range?: IDBKeyRange; lastOnly?: boolean } = {},
): ManyRead {
  return { store, ...read };
}

/** A record as readRawMany gives it: its stored value and its key (undefined when the value holds none). */
export interface StoredRecord {
  value: unknown;
  key: IDBValidKey | undefined;
}

/** A record's key, from the store's key path (a sealed record keeps it in the clear). */
function keyOf(value: unknown, keyPath: string | string[] | null): IDBValidKey | undefined {
  if (typeof keyPath !== 'string' || typeof value !== 'object' || value === null) return undefined;
  const key = (value as Record<string, unknown>)[keyPath];
  return typeof key === 'string' || typeof key === 'number' ? key : undefined;
}

/**
 * Runs several reads side by side, each in its own read transaction and as a single request (getAll, or one cursor
 * step for lastOnly) instead of a round trip per record: a returning patient's home screen waits for these, and
 * with a year of records a cursor took a task per record. Records come as stored, in index order (open them with
 * checkRecords).
 */
export function readRawMany(reads: readonly ManyRead[]): Promise<StoredRecord[][]> {
  return withDb((db) =>
    Promise.all(
      reads.map(async ({ store, index, range = null, lastOnly }) => {
        const tx = db.transaction(store, 'readonly');
        const source = index ? tx.store.index(index) : tx.store;
        const keyPath = tx.store.keyPath;
        let values: unknown[];
        if (lastOnly) {
          const cursor = await source.openCursor(range, 'prev');
          values = cursor ? [cursor.value] : [];
        } else values = await source.getAll(range);
        await tx.done;
        return values.map((value) => ({ value, key: keyOf(value, keyPath) }));
      }),
    ),
  );
}
