// Erase everything: every database, every cache, the service worker. Lives in app/ because only the shell may
// touch the service-worker registration. Loaded only when the person actually erases.
import { deleteDb } from '../storage/db';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function deleteCaches(): Promise<void> {
  if ('caches' in globalThis) for (const key of await caches.keys()) await caches.delete(key);
}

/** Resolves once an installing worker has installed or been discarded (or after a few seconds, whatever happens). */
function settled(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (worker.state !== 'installing') {
        worker.removeEventListener('statechange', done);
        clearTimeout(timer);
        resolve();
      }
    };
    const timer = setTimeout(() => {
      worker.removeEventListener('statechange', done);
      resolve();
    }, INSTALL_WAIT_MS);
    worker.addEventListener('statechange', done);
    done();
  });
}

/** How long an erase waits for a worker that is still installing. */
const INSTALL_WAIT_MS = 10_000;

/** Removes all of Stillpoint's data and its offline copy from this device. */
export async function eraseEverything(): Promise<void> {
  // Our database first (it waits for other tabs to let go, and says so if one will not).
  await deleteDb({ forGood: true });
  // Any other database this origin holds (left by an older build or a library).
  for (const { name } of (await indexedDB.databases?.()) ?? []) if (name) await deleteDatabase(name);
  if ('serviceWorker' in navigator) {
    const installing = new Set<ServiceWorker>();
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      const before = registration.installing;
      await registration.unregister();
      // A worker still installing (an erase in the first moments after a visit) goes on filling its cache after the
      // unregister. It may be seen only after it: while its script is still being fetched, `installing` is empty.
      for (const worker of [before, registration.installing]) if (worker) installing.add(worker);
    }
    await Promise.all([...installing].map(settled));
  }
  // Last, once no worker can fill a cache again. (Deleting them only when an installing worker had been seen left a
  // precache behind in CI: the registration's install was still fetching its script when the erase looked.)
  await deleteCaches();
  localStorage.clear();
  sessionStorage.clear();
}
