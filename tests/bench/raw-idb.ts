// The baseline for storage timings: plain IndexedDB with no library, no validation, one transaction.

const RAW_DB = 'stillpoint-bench-raw';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens (creating) the baseline database with one store keyed by `id`. */
export async function openRawDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(RAW_DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
  return request(open);
}

/** Empties the baseline store. */
export async function clearRaw(db: IDBDatabase): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  tx.objectStore('records').clear();
  await done(tx);
}

/** Puts every record in one transaction: the fastest the browser does it. */
export async function rawPutAll(db: IDBDatabase, records: readonly object[]): Promise<void> {
  const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('records');
  for (const record of records) store.put(record);
  await done(tx);
}

/** Puts each record in a transaction of its own: a deliberately slow path the harness must be able to see. */
export async function rawPutEachAlone(db: IDBDatabase, records: readonly object[]): Promise<void> {
  for (const record of records) {
    const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put(record);
    await done(tx);
  }
}

/** Resolves when a transaction commits. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
