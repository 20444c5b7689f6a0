import { signal } from '@preact/signals';
import { initSettings } from './settings';

/** A plain message when the database cannot be opened at all (the shell shows it instead of the screens). */
export const storageTrouble = signal<string | null>(null);

const CANNOT_OPEN = 'Stillpoint cannot reach its storage on this device right now.';

/** Opens storage by loading the settings; on failure records the trouble instead of throwing. */
export async function openStorage(): Promise<void> {
  try {
    await initSettings();
    storageTrouble.value = null;
  } catch (error) {
    // Loaded already (the store that threw uses it), so this costs nothing; kept out of the start-up bundle.
    const { StorageError } = await import('../storage/storage-error');
    // A newer version in another tab has its own words; anything else is "cannot reach storage" (no typed text
    // exists yet at start-up, so the save-error wording would not fit).
    storageTrouble.value = error instanceof StorageError && error.kind === 'blocked' ? error.message : CANNOT_OPEN;
  }
}
