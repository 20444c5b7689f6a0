/** Whether the browser promised not to evict our data: granted, not granted, or unknown (API missing). */
export type PersistenceState = 'granted' | 'not-granted' | 'unsupported';

/** Asks the browser to keep our storage even when space runs low. */
export async function requestPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    return (await navigator.storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

/** Reads whether persistent storage is granted, without asking. */
export async function readPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persisted) return 'unsupported';
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

/** How much storage the app uses and may use, in bytes, where the browser says. */
export async function readStorageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  try {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota };
  } catch {
    return undefined;
  }
}
