// Reads and writes IndexedDB directly, beside the app's own connection: what an attacker with the device's files
// (or a test) sees, without any of the app's decryption.
import { DB_NAME, type StoreName } from '../../../src/storage/schema';

// Opened only after the app has created the database (getDb): without a version, open would make an empty one.
function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** Every raw record of the given stores, as stored. */
export async function readRaw(stores: readonly StoreName[]): Promise<Record<string, unknown[]>> {
  const db = await openRaw();
  try {
    const tx = db.transaction([...stores], 'readonly');
    const out: Record<string, unknown[]> = {};
    for (const store of stores) {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => {
        out[store] = request.result;
      };
    }
    await done(tx);
    return out;
  } finally {
    db.close();
  }
}

/** Writes raw records as they are (no schema, no sealing). */
export async function writeRaw(store: StoreName, records: readonly unknown[]): Promise<void> {
  const db = await openRaw();
  try {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records) tx.objectStore(store).put(record);
    await done(tx);
  } finally {
    db.close();
  }
}

/** A stable text form of raw values (bytes as hex, object keys sorted, records by id), to compare dumps exactly. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof ArrayBuffer) return `buf:${hex(new Uint8Array(inner))}`;
    if (ArrayBuffer.isView(inner)) return `u8:${hex(new Uint8Array(inner.buffer, inner.byteOffset, inner.byteLength))}`;
    if (Array.isArray(inner)) return [...inner].sort(byId);
    if (typeof inner === 'object' && inner !== null) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)));
    }
    return inner;
  });
}

function byId(a: unknown, b: unknown): number {
  const idOf = (v: unknown) => (typeof v === 'object' && v !== null && 'id' in v ? String(v.id) : '');
  return idOf(a).localeCompare(idOf(b));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the text appears anywhere in the raw values: in a string, or in the bytes of any binary value. */
export function containsText(value: unknown, text: string): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value).includes(text);
  if (ArrayBuffer.isView(value)) return new TextDecoder('latin1').decode(value).includes(text);
  if (Array.isArray(value)) return value.some((inner) => containsText(inner, text));
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some((inner) => containsText(inner, text));
  return false;
}
