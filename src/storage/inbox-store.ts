import { type InboxItem, InboxItemSchema } from '../domain/share-records';
import { getDb } from './db';
import { parseRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

/** One patient's shared items, parsed (bad records skipped and reported). */
export async function listInboxFor(contactId: string): Promise<InboxItem[]> {
  try {
    const db = await getDb();
    const values = await db.getAllFromIndex(STORES.inbox, 'by-contact', contactId);
    return values.flatMap((value) => parseRecord(STORES.inbox, InboxItemSchema, value) ?? []);
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
      const item = parseRecord(STORES.inbox, InboxItemSchema, cursor.value, cursor.primaryKey);
      if (item?.expiresAt && Date.parse(item.expiresAt) <= now.getTime()) {
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
