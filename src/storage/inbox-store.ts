import { type InboxItem, InboxItemSchema } from '../domain/share-records';
import { countRecords, readRecords } from './record-reads';
import { withDb } from './record-store';
import { STORES } from './schema';

/** One patient's shared items, parsed (bad records skipped and reported). */
export function listInboxFor(contactId: string): Promise<InboxItem[]> {
  return readRecords(STORES.inbox, InboxItemSchema, { index: 'by-contact', range: IDBKeyRange.only(contactId) });
}

/** How many items the inbox holds (tests and the benchmark count records). */
export function countInbox(): Promise<number> {
  return countRecords(STORES.inbox);
}

/** Removes every inbox item (and its imported bundle's record) whose share has expired; returns how many. */
export function removeExpiredInbox(now: Date): Promise<number> {
  return withDb(async (db) => {
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
    let record = await tx.objectStore(STORES.imports).openCursor();
    while (record) {
      const expiresAt = expiryOf(record.value);
      if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime()) await record.delete();
      record = await record.continue();
    }
    await tx.done;
    return removed;
  });
}

function expiryOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const expiresAt = (value as Record<string, unknown>).expiresAt;
  return typeof expiresAt === 'string' ? expiresAt : undefined;
}
