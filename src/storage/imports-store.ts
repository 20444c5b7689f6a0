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
import { getDb } from './db';
import { prepareRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

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
  try {
    return (await (await getDb()).count(STORES.imports, bundleId)) > 0;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many bundles were imported. */
export async function countImports(): Promise<number> {
  try {
    return await (await getDb()).count(STORES.imports);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Writes an import in one transaction; returns false (and writes nothing) when the bundle was imported before. */
export async function commitImport(write: ImportWrite): Promise<boolean> {
  const record = ImportRecordSchema.parse(write.record);
  const contact = write.contact ? ContactSchema.parse(write.contact) : undefined;
  const inbox: unknown[] = [];
  for (const item of write.inbox ?? []) inbox.push(await prepareRecord(STORES.inbox, InboxItemSchema, item));
  const comments: unknown[] = [];
  for (const comment of write.comments ?? [])
    comments.push(await prepareRecord(STORES.comments, CommentSchema, comment));
  try {
    const db = await getDb();
    const tx = db.transaction([STORES.imports, STORES.contacts, STORES.inbox, STORES.comments], 'readwrite', {
      durability: 'strict',
    });
    const imports = tx.objectStore(STORES.imports);
    if ((await imports.count(record.id)) > 0) {
      await tx.done;
      return false;
    }
    const writes: Promise<unknown>[] = [imports.add(record)];
    const contacts = tx.objectStore(STORES.contacts);
    if (contact && (await contacts.count(contact.id)) === 0) writes.push(contacts.add(contact));
    for (const item of inbox) writes.push(tx.objectStore(STORES.inbox).put(item));
    for (const comment of comments) writes.push(tx.objectStore(STORES.comments).put(comment));
    await Promise.all([...writes, tx.done]);
    return true;
  } catch (error) {
    throw toStorageError(error);
  }
}
