// Which stores the app lock encrypts, and which fields of their records stay in the clear. Only keys, dates and the
// fields an index is built on stay readable (IndexedDB must see them to order and look up records); everything
// else (journal text, voice notes, readings, scale answers, shared items, intentions, notes) is sealed.
import { STORES, type StoreName } from './schema';

/** The stores the lock encrypts, each with the fields that stay in the clear. */
export const SEALED_STORES: Partial<Record<StoreName, readonly string[]>> = {
  [STORES.drafts]: ['id'],
  [STORES.screenings]: ['id', 'completedAt'],
  [STORES.sessions]: ['id', 'createdAt'],
  [STORES.readiness]: ['id', 'createdAt'],
  [STORES.entries]: ['id', 'createdAt', 'sessionId'],
  [STORES.voiceNotes]: ['id', 'createdAt', 'entryId'],
  [STORES.scaleResults]: ['id', 'completedAt'],
  [STORES.shares]: ['id', 'createdAt'],
  // expiresAt stays clear so expired items can be removed while the app is locked.
  [STORES.inbox]: ['id', 'receivedAt', 'contactId', 'expiresAt'],
  [STORES.comments]: ['id', 'createdAt', 'itemId'],
};

/** The names of the stores the lock encrypts. */
export const SEALED_STORE_NAMES = Object.keys(SEALED_STORES) as StoreName[];

/** The fields of a store's records that stay in the clear, or undefined when the store is never sealed. */
export function clearFieldsOf(store: StoreName): readonly string[] | undefined {
  return SEALED_STORES[store];
}
