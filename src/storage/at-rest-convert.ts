// Turning the app lock on or off converts records in place, a batch per transaction. Each record says by its own
// shape whether it is sealed, so an interrupted conversion (a crash, a closed tab, a full disk) leaves a mix that
// still reads correctly, and running the conversion again simply carries on where it stopped.
import { type LockRecord, LockRecordSchema } from '../domain/app-lock';
import { isCurrentFormat, openWith, sealWith } from './at-rest-cipher';
import { clearFieldsFor, SEALED_STORE_NAMES } from './at-rest-policy';
import { isSealed } from './at-rest-record';
import { withDb } from './record-store';
import { LOCK_RECORD_KEY } from './record-writes';
import { STORES, type StoreName } from './schema';

/** Which way a conversion goes: seal every record (lock on) or open every record (lock off). */
export type ConversionDirection = 'on' | 'off';

/** Records converted per transaction: small enough that an interruption loses little work. */
export const CONVERSION_BATCH = 25;

/** Records a conversion could not convert (damaged: they do not open), by store and key; left as they are. */
export type ConversionSkips = Set<string>;

const skipKey = (store: StoreName, key: unknown) => `${store}\n${String(key)}`;

// Turning on also seals again what an older format sealed (unpadded), so its length stops telling anything.
function needsConverting(direction: ConversionDirection, store: StoreName, value: unknown): boolean {
  if (direction === 'off') return isSealed(value);
  if (typeof value !== 'object' || value === null) return false;
  return clearFieldsFor(store, value) !== undefined && !isCurrentFormat(value);
}

async function convertOne(key: CryptoKey, direction: ConversionDirection, store: StoreName, value: unknown) {
  const opened = isSealed(value) ? await openWith(key, store, value) : value;
  if (direction === 'off' || opened === undefined) return opened;
  return sealWith(key, store, opened);
}

/** Counts what is left to convert across every sealed store, in one open transaction. */
async function countLeft(
  tx: { objectStore(name: StoreName): { openCursor(): Promise<Cursor | null> } },
  direction: ConversionDirection,
  skip: ConversionSkips,
): Promise<number> {
  let count = 0;
  for (const store of SEALED_STORE_NAMES) {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      if (needsConverting(direction, store, cursor.value) && !skip.has(skipKey(store, cursor.primaryKey))) count++;
      cursor = await cursor.continue();
    }
  }
  return count;
}

interface Cursor {
  value: unknown;
  primaryKey: IDBValidKey;
  continue(): Promise<Cursor | null>;
}

/** How many records still need converting in the given direction. */
export function countToConvert(direction: ConversionDirection): Promise<number> {
  return withDb(async (db) => {
    const tx = db.transaction(SEALED_STORE_NAMES, 'readonly');
    const count = await countLeft(tx, direction, new Set());
    await tx.done;
    return count;
  });
}

/**
 * Ends a conversion, in one transaction with every sealed store and the lock record: when nothing is left to convert
 * (damaged records in `skip` aside), writes the final lock record (or, turning off, removes it) and returns true;
 * otherwise changes nothing and returns false (a record arrived since: convert again).
 */
export function finishConversion(
  direction: ConversionDirection,
  end: LockRecord | undefined,
  skip: ConversionSkips,
): Promise<boolean> {
  const record = end ? LockRecordSchema.parse(end) : undefined;
  return withDb(async (db) => {
    // The keys store holds the lock record and is itself among the sealed stores (the identity): named once.
    const stores = [...new Set([...SEALED_STORE_NAMES, STORES.keys])];
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    if ((await countLeft(tx, direction, skip)) > 0) {
      await tx.done;
      return false;
    }
    const keys = tx.objectStore(STORES.keys);
    await Promise.all([record ? keys.put(record) : keys.delete(LOCK_RECORD_KEY), tx.done]);
    return true;
  });
}

async function writeBatch(
  store: StoreName,
  direction: ConversionDirection,
  converted: { key: IDBValidKey; value: unknown }[],
): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    // A record written by the app since it was read is already in the new form: it is left as it is.
    const current = await Promise.all(converted.map(({ key }) => tx.store.get(key)));
    const writes = converted.flatMap(({ value }, i) =>
      current[i] !== undefined && needsConverting(direction, store, current[i]) ? [tx.store.put(value)] : [],
    );
    await Promise.all([...writes, tx.done]);
  });
}

/**
 * Where each store's conversion has got to (the last key converted), so a batch starts after it instead of reading
 * every converted record again. A record written behind it meanwhile is found by the final check (finishConversion),
 * which starts a fresh round.
 */
export type ConversionPosition = Map<StoreName, IDBValidKey>;

/** The next batch to convert: up to CONVERSION_BATCH records of the first store with any, read in one transaction. */
function readBatch(direction: ConversionDirection, skip: ConversionSkips, position: ConversionPosition) {
  return withDb(async (db) => {
    const tx = db.transaction(SEALED_STORE_NAMES, 'readonly');
    for (const store of SEALED_STORE_NAMES) {
      const found: { key: IDBValidKey; value: unknown }[] = [];
      const after = position.get(store);
      let cursor = await tx
        .objectStore(store)
        .openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
      while (cursor && found.length < CONVERSION_BATCH) {
        if (needsConverting(direction, store, cursor.value) && !skip.has(skipKey(store, cursor.primaryKey))) {
          found.push({ key: cursor.primaryKey, value: cursor.value });
        }
        cursor = await cursor.continue();
      }
      if (found.length > 0) {
        await tx.done;
        return { store, found };
      }
    }
    await tx.done;
    return undefined;
  });
}

/**
 * Converts one batch; returns how many records it converted (0 when nothing is left). Records that cannot be
 * opened (damaged) are added to `skip` and left as they are, never deleted.
 */
export async function convertBatch(
  key: CryptoKey,
  direction: ConversionDirection,
  skip: ConversionSkips,
  position: ConversionPosition = new Map(),
) {
  const batch = await readBatch(direction, skip, position);
  if (!batch) return 0;
  const last = batch.found[batch.found.length - 1];
  if (last) position.set(batch.store, last.key);
  const converted: { key: IDBValidKey; value: unknown }[] = [];
  for (const record of batch.found) {
    const value = await convertOne(key, direction, batch.store, record.value);
    if (value === undefined) skip.add(skipKey(batch.store, record.key));
    else converted.push({ key: record.key, value });
  }
  if (converted.length > 0) await writeBatch(batch.store, direction, converted);
  return Math.max(1, converted.length);
}
