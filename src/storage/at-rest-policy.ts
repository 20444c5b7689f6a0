// Which records the app lock encrypts, and which of their fields stay in the clear. Only keys, dates and the fields
// an index is built on stay readable (IndexedDB must see them to order and look up records), plus exactly what the
// emergency card and the sitter guide show while the app is locked (see domain/lock-readable.ts for those words).
// Everything else (journal text, voice notes, readings, answers, plans, contacts, shared items, notes) is sealed.
// What stays in the clear: the app's settings (role, theme: needed before unlocking), the protocol pack (the crisis
// numbers on the emergency card) and the lock's own record. The device's identity (its sharing key) is sealed.
import { STORES, type StoreName } from './schema';

/** Fields of a record that stay in the clear; a dotted name ("value.sitter") is a field inside a field. */
export type ClearFields = readonly string[];

/** How one store is sealed: every record with the same clear fields, or only some records (by key), each its own. */
export type StorePolicy =
  | { keyPath: 'id' | 'key'; clear: ClearFields }
  | { keyPath: 'id' | 'key'; only: Readonly<Record<string, ClearFields>> };

// WARNING: the fields named here are stored in the clear and bound into each record's associated data. Changing a
// store's list changes how its records open: add a new SEAL_POLICY version and let the conversion carry old records.
const dated = (...clear: string[]): StorePolicy => ({ keyPath: 'id', clear: ['id', ...clear] });

/** The stores the lock encrypts. */
export const SEALED_STORES: Partial<Record<StoreName, StorePolicy>> = {
  [STORES.drafts]: dated(),
  [STORES.screenings]: dated('completedAt'),
  [STORES.checklists]: dated(),
  [STORES.sessions]: dated('createdAt'),
  [STORES.readiness]: dated('createdAt'),
  [STORES.breathPatterns]: dated(),
  [STORES.practices]: dated('startedAt'),
  [STORES.entries]: dated('createdAt', 'sessionId'),
  [STORES.voiceNotes]: dated('createdAt', 'entryId'),
  [STORES.scaleResults]: dated('completedAt'),
  [STORES.plans]: dated('dueAt'),
  [STORES.contacts]: dated(),
  [STORES.shares]: dated('createdAt'),
  // expiresAt stays clear so expired items can be removed while the app is locked.
  [STORES.inbox]: dated('receivedAt', 'contactId', 'expiresAt'),
  [STORES.comments]: dated('createdAt', 'itemId'),
  [STORES.imports]: dated('expiresAt'),
  // Only the care plan among the settings; of it, only what the emergency card and the sitter guide show.
  [STORES.settings]: {
    keyPath: 'key',
    only: {
      'care-plan': ['key', 'value.sitter', 'value.careTeam', 'value.prescriber', 'value.medicines', 'value.allergies'],
    },
  },
  // Only the device's identity among the keys (its private key as PKCS#8, so the lock wraps it with the data key);
  // the lock's own record stays clear. An identity stored before (key 'device') holds a non-extractable CryptoKey
  // that cannot be exported, so cannot be sealed: it is left as it is (see storage/keys-store.ts).
  [STORES.keys]: { keyPath: 'id', only: { identity: ['id'] } },
};

/** The version of this policy, kept in the lock record (defined with the lock's mode: the machine reads it too). */
export { SEAL_POLICY } from './at-rest-mode';

/** The names of the stores the lock encrypts (some only in part). */
export const SEALED_STORE_NAMES = Object.keys(SEALED_STORES) as StoreName[];

/** The key of a stored record under its store's policy (undefined when the value has none). */
export function recordKeyOf(store: StoreName, value: unknown): unknown {
  const policy = SEALED_STORES[store];
  if (!policy || typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[policy.keyPath];
}

/** The clear fields of a record under the policy, or undefined when that record is never sealed. */
export function clearFieldsFor(store: StoreName, value: unknown): ClearFields | undefined {
  const policy = SEALED_STORES[store];
  if (!policy) return undefined;
  if ('clear' in policy) return policy.clear;
  const key = recordKeyOf(store, value);
  return typeof key === 'string' && Object.hasOwn(policy.only, key) ? policy.only[key] : undefined;
}

/** Whether a store holds any sealed records at all (writes there need the key while the lock is on). */
export function storeIsSealed(store: StoreName): boolean {
  return SEALED_STORES[store] !== undefined;
}

/** Copies the clear fields out of a record (dotted names keep their nesting); absent fields are left out. */
export function pickClearFields(record: Record<string, unknown>, fields: ClearFields): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const path of fields) {
    const names = path.split('.');
    let from: unknown = record;
    for (const name of names)
      from = typeof from === 'object' && from !== null ? (from as Record<string, unknown>)[name] : undefined;
    if (from === undefined) continue;
    let into = kept;
    for (const name of names.slice(0, -1)) {
      const next = into[name];
      const nested = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
      into[name] = nested;
      into = nested;
    }
    into[names[names.length - 1] as string] = from;
  }
  return kept;
}
