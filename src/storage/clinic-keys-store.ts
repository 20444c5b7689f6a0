// The clinic keys a person pinned, kept in the contacts store (role "clinic") so they are sealed under the app lock,
// go into backups and are erased like every other contact.
import { type ClinicKey, isClinicKey } from '../domain/pack-trust';
import { listContacts, loadContact, saveContact } from './contacts-store';
import { deleteRecord } from './record-writes';
import { STORES } from './schema';

/** Every pinned clinic key. */
export async function listClinicKeys(): Promise<ClinicKey[]> {
  return (await listContacts()).filter(isClinicKey);
}

/** Pins a clinic key (pinning it again replaces the record, and clears an old removal). */
export function pinClinicKey(clinic: ClinicKey): Promise<void> {
  return saveContact(clinic);
}

/**
 * Unpins a clinic key. Unlike a coach, a clinic leaves no history behind (nothing was shared with it), so the
 * record goes: its next pack asks for the comparison again.
 */
export async function removeClinicKey(id: string): Promise<void> {
  const contact = await loadContact(id);
  // Only ever a clinic: a coach or a patient shares this store, and is removed elsewhere, keeping its history.
  if (contact && isClinicKey(contact)) await deleteRecord(STORES.contacts, id);
}
