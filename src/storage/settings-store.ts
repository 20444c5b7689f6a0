import { z } from 'zod/mini';
import { type Settings, SettingsSchema } from '../domain/settings';
import { DEFAULT_SETTINGS } from '../domain/settings-defaults';
import { getRecord } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

// WARNING: the record key is stored on devices; never rename it.
const KEY = 'app';
const StoredSettings = z.object({ key: z.literal(KEY), value: SettingsSchema });

/** Reads the settings, or the defaults when none are stored (or the stored ones are unreadable). */
export async function loadSettings(): Promise<Settings> {
  const stored = await getRecord(STORES.settings, StoredSettings, KEY);
  return stored?.value ?? DEFAULT_SETTINGS;
}

/** Saves the settings durably. */
export async function saveSettings(settings: Settings): Promise<void> {
  await putRecord(STORES.settings, StoredSettings, { key: KEY, value: settings });
}
