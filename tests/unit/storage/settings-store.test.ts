import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings-defaults';
import { getDb } from '../../../src/storage/db';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { STORES } from '../../../src/storage/schema';
import { loadSettings, saveSettings } from '../../../src/storage/settings-store';
import { openTestDb } from '../../fixtures/test-db';

describe('settings store', () => {
  beforeEach(openTestDb);

  it('gives the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, role: 'coach', firstRunDone: true, theme: 'dim' });
    expect(await loadSettings()).toMatchObject({ role: 'coach', firstRunDone: true, theme: 'dim' });
  });

  it('reports an unreadable record and falls back to the defaults instead of crashing', async () => {
    const reported: unknown[] = [];
    setBadRecordReporter((store, key) => reported.push([store, key]));
    const db = await getDb();
    await db.put(STORES.settings, { key: 'app', value: { role: 'wizard' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(reported).toEqual([[STORES.settings, 'app']]);
    setBadRecordReporter(() => {});
  });

  it('refuses to write settings that do not match the schema, and changes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    // @ts-expect-error: writing an invalid theme on purpose, to prove the write is checked
    await expect(saveSettings({ ...DEFAULT_SETTINGS, theme: 'neon' })).rejects.toThrow();
    expect((await loadSettings()).theme).toBe('dark');
  });
});
