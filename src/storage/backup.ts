// Backup and restore against the database: read everything for a backup, preview what a restore would change,
// and apply it in one transaction (all or nothing).

import { atRestState, openAfterRead, sealForWrite } from './at-rest';
import { encodeValue } from './backup-codec';
import { BACKUP_STORES, encodeBackup, type ParsedBackup } from './backup-format';
import { KEY_FIELDS } from './record-schemas';
import { withDb } from './record-store';
import { withWrite } from './record-writes';
import type { StoreName } from './schema';

/** Reads every record the backup carries, in one read transaction, exactly as stored. */
export function readBackupStores(): Promise<Partial<Record<StoreName, unknown[]>>> {
  return withDb(async (db) => {
    const tx = db.transaction([...BACKUP_STORES], 'readonly');
    const stores: Partial<Record<StoreName, unknown[]>> = {};
    for (const name of BACKUP_STORES) stores[name] = await tx.objectStore(name).getAll();
    await tx.done;
    // A backup carries records opened (the app lock's encryption is for this device; the backup file has its own).
    for (const name of BACKUP_STORES) stores[name] = await openAll(name, stores[name] ?? []);
    return stores;
  });
}

/** Opens every sealed value of a store; one that does not open is left out, like any damaged record. */
async function openAll(store: StoreName, values: unknown[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const value of values) {
    const opened = await openAfterRead(store, value);
    if (opened !== undefined) out.push(opened);
  }
  return out;
}

/** Makes a plain backup of everything on this device (except the keys store), as file bytes. */
export async function buildBackup(now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  return encodeBackup(await readBackupStores(), now);
}

/** What restoring one store would do. */
export interface StorePreview {
  store: StoreName;
  /** Records not on this device yet. */
  added: number;
  /** Records already here and identical. */
  same: number;
  /** Records already here but different from the backup's copy. */
  different: number;
}

/** What restoring a backup would do, before anything is written. */
export interface RestorePreview {
  stores: StorePreview[];
  /** Earliest and latest dates among the records (from each store's date field), if any. */
  firstDate?: string;
  lastDate?: string;
}

/** What to do with a record that is both on this device and in the backup, but differs. */
export type ConflictChoice = 'keep-device' | 'use-backup';

async function sameJson(a: unknown, b: unknown): Promise<boolean> {
  return JSON.stringify(await encodeValue(a)) === JSON.stringify(await encodeValue(b));
}

/** Compares a parsed backup with the database: per store, how many records are new, identical or different. */
export async function previewRestore(backup: ParsedBackup): Promise<RestorePreview> {
  const names = Object.keys(backup.stores) as StoreName[];
  const found = new Map<StoreName, { dateField: unknown; existing: unknown[] }>();
  await withDb(async (db) => {
    if (names.length > 0) {
      // Only IndexedDB requests inside the transaction: any other await would let it close early.
      const tx = db.transaction(names, 'readonly');
      for (const store of names) {
        const objectStore = tx.objectStore(store);
        const dateField = objectStore.indexNames.contains('by-date') ? objectStore.index('by-date').keyPath : null;
        const keys = (backup.stores[store] ?? []).map((r) => (r as Record<string, unknown>)[KEY_FIELDS[store]]);
        found.set(store, {
          dateField,
          existing: await Promise.all(keys.map((key) => objectStore.get(key as IDBValidKey))),
        });
      }
      await tx.done;
    }
  });
  const preview: RestorePreview = { stores: [] };
  const dates: string[] = [];
  for (const store of names) {
    const { dateField, existing: stored } = found.get(store) ?? { dateField: null, existing: [] };
    const existing: unknown[] = [];
    for (const value of stored) existing.push(value === undefined ? undefined : await openAfterRead(store, value));
    const counts: StorePreview = { store, added: 0, same: 0, different: 0 };
    const records = (backup.stores[store] ?? []) as Record<string, unknown>[];
    for (const [i, record] of records.entries()) {
      if (existing[i] === undefined) counts.added++;
      else if (await sameJson(existing[i], record)) counts.same++;
      else counts.different++;
      const date = typeof dateField === 'string' ? record[dateField] : undefined;
      if (typeof date === 'string' && !Number.isNaN(Date.parse(date))) dates.push(date);
    }
    preview.stores.push(counts);
  }
  dates.sort();
  if (dates.length > 0) {
    preview.firstDate = dates[0];
    preview.lastDate = dates[dates.length - 1];
  }
  return preview;
}

/**
 * Writes a parsed backup into the database in ONE transaction: every record or none (a full disk or a crash
 * leaves the database as it was). Records new to this device are added; a record already here is replaced by the
 * backup's copy only when the person chose that. Returns how many records were written.
 */
export async function applyRestore(backup: ParsedBackup, choice: ConflictChoice): Promise<number> {
  const names = Object.keys(backup.stores) as StoreName[];
  if (names.length === 0) return 0;
  // Sealed first (when the app lock is on): nothing but IndexedDB requests may run inside the transaction.
  const { phase } = atRestState();
  const prepared = new Map<StoreName, Record<string, unknown>[]>();
  for (const store of names) {
    const records: Record<string, unknown>[] = [];
    for (const record of (backup.stores[store] ?? []) as Record<string, unknown>[]) {
      records.push((await sealForWrite(store, record)) as Record<string, unknown>);
    }
    prepared.set(store, records);
  }
  return withWrite(
    names,
    async (tx) => {
      const writes: Promise<unknown>[] = [];
      for (const store of names) {
        const objectStore = tx.objectStore(store);
        const present =
          choice === 'keep-device' ? new Set<unknown>(await objectStore.getAllKeys()) : new Set<unknown>();
        for (const record of prepared.get(store) ?? []) {
          if (!present.has(record[KEY_FIELDS[store]])) writes.push(objectStore.put(record));
        }
      }
      await Promise.all(writes);
      return writes.length;
    },
    phase,
  );
}
