import { type Contact, ContactSchema } from '../domain/share-records';
import { deleteRecord, getRecord, listAllRecords, putRecord } from './record-store';
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

/** Removes a contact (what they sent before stays until it expires). */
export function deleteContact(id: string): Promise<void> {
  return deleteRecord(STORES.contacts, id);
}
