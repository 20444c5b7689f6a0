import { type Contact, ContactSchema } from '../domain/share-records';
import { getRecord, listAllRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** Every contact (pinned coaches, or patients who shared). */
export function listContacts(): Promise<Contact[]> {
  return listAllRecords(STORES.contacts, ContactSchema);
}

/** One contact by key id. */
export function loadContact(id: string): Promise<Contact | undefined> {
  return getRecord(STORES.contacts, ContactSchema, id);
}

/** Pins a contact. */
export function saveContact(contact: Contact): Promise<void> {
  return putRecord(STORES.contacts, ContactSchema, contact);
}

/**
 * Removes a contact by marking when this person removed them: nothing new is opened from them or sealed for them,
 * and what was shared stays in the history, which says who removed whom. Pinning them again clears the mark.
 */
export async function removeContact(id: string, at = new Date()): Promise<void> {
  const contact = await loadContact(id);
  if (contact && !contact.removedAt) await saveContact({ ...contact, removedAt: at.toISOString() });
}
