import { signal } from '@preact/signals';
import { initSettings } from './settings';

/** A plain message when the database cannot be opened at all (the shell shows it instead of the screens). */
export const storageTrouble = signal<string | null>(null);

const CANNOT_OPEN = 'Stillpoint cannot reach its storage on this device right now.';

/**
 * Whether the error is storage's "blocked" StorageError, known by its name and kind. Why not `instanceof`: the
 * class lives in the storage core, and a lazy import of it here made that chunk carry a module namespace (and the
 * bundler's runtime) on the home screen's path.
 */
function isBlocked(error: unknown): error is Error {
  return error instanceof Error && error.name === 'StorageError' && (error as { kind?: unknown }).kind === 'blocked';
}

/** Opens storage by loading the settings; on failure records the trouble instead of throwing. */
export async function openStorage(): Promise<void> {
  try {
    await initSettings();
    storageTrouble.value = null;
  } catch (error) {
    // A newer version in another tab has its own words; anything else is "cannot reach storage" (no typed text
    // exists yet at start-up, so the save-error wording would not fit).
    storageTrouble.value = isBlocked(error) ? error.message : CANNOT_OPEN;
  }
}
