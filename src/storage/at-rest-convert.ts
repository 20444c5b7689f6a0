// Turning the app lock on or off converts records in place, a batch per transaction. Each record says by its own
// shape whether it is sealed, so an interrupted conversion (a crash, a closed tab, a full disk) leaves a mix that
// still reads correctly, and running the conversion again simply carries on where it stopped.
import { isSealed } from './at-rest';
import { openWith, sealWith } from './at-rest-cipher';
import { SEALED_STORE_NAMES } from './at-rest-policy';
import { getDb } from './db';
import type { StoreName } from './schema';
import { toStorageError } from './storage-error';

/** Which way a conversion goes: seal every record (lock on) or open every record (lock off). */
export type ConversionDirection = 'on' | 'off';

/** Records converted per transaction: small enough that an interruption loses little work. */
export const CONVERSION_BATCH = 25;

function needsConverting(direction: ConversionDirection, value: unknown): boolean {
  return direction === 'on' ? !isSealed(value) : isSealed(value);
}

/** How many records still need converting in the given direction. */
export async function countToConvert(direction: ConversionDirection): Promise<number> {
  try {
    const db = await getDb();
    const tx = db.transaction(SEALED_STORE_NAMES, 'readonly');
    let count = 0;
    for (const store of SEALED_STORE_NAMES) {
      let cursor = await tx.objectStore(store).openCursor();
      while (cursor) {
        if (needsConverting(direction, cursor.value)) count++;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
    return count;
  } catch (error) {
    throw toStorageError(error);
  }
}

async function readBatch(
  store: StoreName,
  direction: ConversionDirection,
  skip: ReadonlySet<string>,
): Promise<{ key: IDBValidKey; value: unknown }[]> {
  const db = await getDb();
  const tx = db.transaction(store, 'readonly');
  const found: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await tx.store.openCursor();
  while (cursor && found.length < CONVERSION_BATCH) {
    if (needsConverting(direction, cursor.value) && !skip.has(`${store}\n${String(cursor.primaryKey)}`)) {
      found.push({ key: cursor.primaryKey, value: cursor.value });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return found;
}

async function writeBatch(
  store: StoreName,
  direction: ConversionDirection,
  converted: { key: IDBValidKey; value: unknown }[],
): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
  // A record written by the app since it was read is already in the new form: it is left as it is.
  const current = await Promise.all(converted.map(({ key }) => tx.store.get(key)));
  const writes = converted.flatMap(({ value }, i) =>
    current[i] !== undefined && needsConverting(direction, current[i]) ? [tx.store.put(value)] : [],
  );
  await Promise.all([...writes, tx.done]);
}

/**
 * Converts one batch; returns how many records it converted (0 when nothing is left). Records that cannot be
 * opened when turning the lock off (damaged) are added to `skip` and left sealed, never deleted.
 */
export async function convertBatch(key: CryptoKey, direction: ConversionDirection, skip: Set<string>): Promise<number> {
  try {
    for (const store of SEALED_STORE_NAMES) {
      const batch = await readBatch(store, direction, skip);
      if (batch.length === 0) continue;
      const converted: { key: IDBValidKey; value: unknown }[] = [];
      for (const record of batch) {
        const value =
          direction === 'on' ? await sealWith(key, store, record.value) : await openWith(key, store, record.value);
        if (value === undefined) skip.add(`${store}\n${String(record.key)}`);
        else converted.push({ key: record.key, value });
      }
      if (converted.length > 0) await writeBatch(store, direction, converted);
      return Math.max(1, converted.length);
    }
    return 0;
  } catch (error) {
    throw toStorageError(error);
  }
}
