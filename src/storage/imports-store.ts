// Imports land in one transaction: the items and the record of the bundle id together, so a bundle is either fully
// imported once or not at all, and importing it again adds nothing.
import {
  type Comment,
  CommentSchema,
  type Contact,
  ContactSchema,
  type ImportRecord,
  ImportRecordSchema,
  type InboxItem,
  InboxItemSchema,
} from '../domain/share-records';
import { atRestState } from './at-rest';
import { countRecords } from './record-reads';
import { prepareRecord, withWrite } from './record-writes';
import { STORES } from './schema';

/** Everything one bundle adds. */
export interface ImportWrite {
  record: ImportRecord;
  /** Added only when not already known (the coach's side meets a patient this way). */
  contact?: Contact;
  inbox?: InboxItem[];
  comments?: Comment[];
}

/** Whether a bundle was imported already. */
export async function wasImported(bundleId: string): Promise<boolean> {
  return (await countRecords(STORES.imports, bundleId)) > 0;
}

/** How many bundles were imported. */
export function countImports(): Promise<number> {
  return countRecords(STORES.imports);
}

/** Writes an import in one transaction; returns false (and writes nothing) when the bundle was imported before. */
export async function commitImport(write: ImportWrite): Promise<boolean> {
  // Sealed first (when the app lock is on): nothing but IndexedDB requests may run inside the transaction.
  const { phase } = atRestState();
  const record = await prepareRecord(STORES.imports, ImportRecordSchema, write.record);
  const contact = write.contact ? await prepareRecord(STORES.contacts, ContactSchema, write.contact) : undefined;
  const inbox: unknown[] = [];
  for (const item of write.inbox ?? []) inbox.push(await prepareRecord(STORES.inbox, InboxItemSchema, item));
  const comments: unknown[] = [];
  for (const comment of write.comments ?? [])
    comments.push(await prepareRecord(STORES.comments, CommentSchema, comment));
  return withWrite(
    [STORES.imports, STORES.contacts, STORES.inbox, STORES.comments],
    async (tx) => {
      const imports = tx.objectStore(STORES.imports);
      if ((await imports.count(write.record.id)) > 0) return false;
      const writes: Promise<unknown>[] = [imports.add(record)];
      const contacts = tx.objectStore(STORES.contacts);
      if (contact && write.contact && (await contacts.count(write.contact.id)) === 0)
        writes.push(contacts.add(contact));
      // add, never put: a later version has its own id, so a clash means something is wrong and nothing is written.
      for (const item of inbox) writes.push(tx.objectStore(STORES.inbox).add(item));
      for (const comment of comments) writes.push(tx.objectStore(STORES.comments).put(comment));
      await Promise.all(writes);
      return true;
    },
    phase,
  );
}
