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

/** Removes all of Stillpoint's data and its offline copy from this device. */
export async function eraseEverything(): Promise<void> {
  // Our database first (it waits for other tabs to let go, and says so if one will not).
  await deleteDb();
  // Any other database this origin holds (left by an older build or a library).
  for (const { name } of (await indexedDB.databases?.()) ?? []) if (name) await deleteDatabase(name);
  if ('caches' in globalThis) for (const key of await caches.keys()) await caches.delete(key);
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  }
  localStorage.clear();
  sessionStorage.clear();
}
