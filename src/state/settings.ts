import { signal } from '@preact/signals';
import type { Settings } from '../domain/settings';
import { DEFAULT_SETTINGS, looksLikeSettings } from '../domain/settings-defaults';
import { readLocalNote, writeLocalNote } from '../platform/local-note';

// Critical path: this module is in the first bundle, so the settings store (and zod with it) loads lazily.
const store = () => import('../storage/settings-store');

// A copy of the settings (no health data: role, theme, first-run flag) kept in localStorage so the first screen can
// render, in the right theme, without waiting for IndexedDB. IndexedDB stays the source of truth.
/** Where the settings hint is kept (the first-frame script reads it too, before the app loads). */
export const SETTINGS_HINT_KEY = 'stillpoint:settings-hint';

function readHint(): Settings | undefined {
  const stored = readLocalNote(SETTINGS_HINT_KEY);
  return looksLikeSettings(stored) ? stored : undefined;
}

function writeHint(value: Settings): void {
  writeLocalNote(SETTINGS_HINT_KEY, value);
}

const hint = readHint();

/** The current settings (from the start-up hint until storage has been read). */
export const settings = signal<Settings>(hint ?? DEFAULT_SETTINGS);
// The first read from storage, once started: a change waits for it, so a first run finished before storage was read
// (the welcome shows at once) never writes over settings that were there.
let firstRead: Promise<void> | undefined;

/**
 * Set when this browser had Stillpoint set up (the hint says so) but its database came back empty: the browser
 * cleared the storage (eviction, or the person cleared site data). Erase everything clears the hint too, so it
 * never sets this. The welcome screen then says what happened and offers a restore.
 */
export const storageWasCleared = signal(false);

/** Reads the settings from storage into the signal. A storage failure keeps what we have (and rejects). */
export function initSettings(): Promise<void> {
  const read = (async () => {
    const loaded = await (await store()).loadSettings();
    if (hint?.firstRunDone && !loaded.firstRunDone) storageWasCleared.value = true;
    settings.value = loaded;
    writeHint(settings.value);
  })();
  firstRead ??= read.catch(() => undefined);
  return read;
}

/** Changes some settings and saves them; the signal changes only after a successful save. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await (firstRead ?? initSettings().catch(() => undefined));
  const next = { ...settings.value, ...patch };
  await (await store()).saveSettings(next);
  settings.value = next;
  writeHint(next);
}

/** Forgets the start-up hint (erase everything). */
export function clearSettingsHint(): void {
  writeLocalNote(SETTINGS_HINT_KEY, undefined);
}
