import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { loadSettings, saveSettings } from '../storage/settings-store';

/** The current settings; `loaded` turns true once they have been read from storage. */
export const settings = signal<Settings>(DEFAULT_SETTINGS);
/** Whether the settings have been read from storage yet (the first-run screen waits for this). */
export const settingsLoaded = signal(false);

/** Reads the settings from storage into the signal. A storage failure keeps the defaults. */
export async function initSettings(): Promise<void> {
  try {
    settings.value = await loadSettings();
  } finally {
    settingsLoaded.value = true;
  }
}

/** Changes some settings and saves them; the signal changes only after a successful save. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const next = { ...settings.value, ...patch };
  await saveSettings(next);
  settings.value = next;
}
