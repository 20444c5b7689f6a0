import { signal } from '@preact/signals';
import { initSettings } from './settings';

/** A plain message when the database cannot be opened at all (the shell shows it instead of the screens). */
export const storageTrouble = signal<string | null>(null);

/** Opens storage by loading the settings; on failure records the trouble instead of throwing. */
export async function openStorage(): Promise<void> {
  try {
    await initSettings();
    storageTrouble.value = null;
  } catch (error) {
    storageTrouble.value =
      error instanceof Error ? error.message : 'Stillpoint cannot reach its storage on this device right now.';
  }
}
