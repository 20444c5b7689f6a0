import { openAfterRead } from './at-rest';
import { withDb } from './record-store';
import { DB_VERSION, STORES, type StoreName } from './schema';

/** Every store's raw records, as stored: a rescue copy that does not depend on any record being valid. */
export interface RawExport {
  format: 'stillpoint-raw-export';
  schemaVersion: number;
  exportedAt: string;
  stores: Record<string, unknown[]>;
}

/** Reads every record of every store in one read transaction (voice notes' audio included as stored). */
export function exportAllStores(): Promise<RawExport> {
  return withDb(async (db) => {
    const names = Object.values(STORES);
    const tx = db.transaction(names, 'readonly');
    const stores: Record<string, unknown[]> = {};
    for (const name of names) stores[name] = await tx.objectStore(name).getAll();
    await tx.done;
    // Opened where the app lock's key is in memory; a record that cannot be opened is kept exactly as stored.
    for (const name of names)
      stores[name] = await Promise.all((stores[name] ?? []).map((v) => openIfPossible(name, v)));
    return { format: 'stillpoint-raw-export', schemaVersion: DB_VERSION, exportedAt: new Date().toISOString(), stores };
  });
}

async function openIfPossible(store: StoreName, value: unknown): Promise<unknown> {
  try {
    return (await openAfterRead(store, value)) ?? value;
  } catch {
    return value;
  }
}
