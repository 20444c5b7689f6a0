import { type InboxItem, InboxItemSchema } from '../domain/share-records';
import { getDb } from './db';
import { openRecords } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

/** One patient's shared items, parsed (bad records skipped and reported). */
export async function listInboxFor(contactId: string): Promise<InboxItem[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.inbox, 'readonly');
    const index = tx.store.index('by-contact');
    const [values, keys] = await Promise.all([index.getAll(contactId), index.getAllKeys(contactId), tx.done]);
    return await openRecords(
      STORES.inbox,
      InboxItemSchema,
      values.map((value, i) => ({ value, key: keys[i] ?? '' })),
    );
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many items the inbox holds (tests and the benchmark count records). */
export async function countInbox(): Promise<number> {
  try {
    return await (await getDb()).count(STORES.inbox);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Removes every inbox item (and its imported bundle's record) whose share has expired; returns how many. */
export async function removeExpiredInbox(now: Date): Promise<number> {
  try {
    const db = await getDb();
    const tx = db.transaction([STORES.inbox, STORES.imports], 'readwrite', { durability: 'strict' });
    let removed = 0;
    let cursor = await tx.objectStore(STORES.inbox).openCursor();
    while (cursor) {
      // expiresAt stays in the clear under the app lock, so this works while locked (no decryption in a transaction).
      const expiresAt = expiryOf(cursor.value);
      if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime()) {
        await cursor.delete();
        removed++;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  } catch (error) {
    throw toStorageError(error);
  }
}

function expiryOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const expiresAt = (value as Record<string, unknown>).expiresAt;
  return typeof expiresAt === 'string' ? expiresAt : undefined;
}
