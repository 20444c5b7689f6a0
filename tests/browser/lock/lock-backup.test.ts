// Backups and the app lock: a backup made while the lock is on carries the records opened (the backup file has
// its own encryption), and restoring into a device whose lock is on seals every record on the way in.
import { beforeEach, describe, expect, it } from 'vitest';
import { turnLockOn } from '../../../src/state/app-lock-engine';
import { isSealed } from '../../../src/storage/at-rest';
import { applyRestore, buildBackup, previewRestore } from '../../../src/storage/backup';
import { parseBackup } from '../../../src/storage/backup-format';
import { listAllEntries, saveEntry } from '../../../src/storage/entries-store';
import { STORES } from '../../../src/storage/schema';
import { makeEntries } from '../../fixtures/journal-builders';
import { freshLockDatabase } from './fresh-database';
import { containsText, readRaw } from './raw-stores';

describe('backups with the app lock on', () => {
  beforeEach(freshLockDatabase);

  it('backs up opened records, and a restore into a locked-on app seals them, every entry equal', async () => {
    const entries = makeEntries(40, 7).map((e, i) => ({ ...e, text: `SECRET-${i} ${e.text}` }));
    for (const entry of entries) await saveEntry(entry);
    await turnLockOn('first passphrase', 5);
    const bytes = await buildBackup(new Date('2026-11-30T10:00:00.000Z'));
    expect(new TextDecoder().decode(bytes)).toContain('SECRET-0');

    await freshLockDatabase();
    await turnLockOn('second passphrase', 5);
    const parsed = parseBackup(bytes);
    if (!parsed.ok) throw new Error(parsed.reason);
    const preview = await previewRestore(parsed.backup);
    expect(preview.stores.find((s) => s.store === STORES.entries)?.added).toBe(40);
    await applyRestore(parsed.backup, 'keep-device');

    const raw = (await readRaw([STORES.entries])).entries ?? [];
    expect(raw).toHaveLength(40);
    expect(raw.every(isSealed)).toBe(true);
    expect(containsText(raw, 'SECRET-')).toBe(false);
    const back = await listAllEntries();
    expect(back.map((e) => e.text).sort()).toEqual(entries.map((e) => e.text).sort());
    // Restoring the same backup again finds every record already here and identical.
    const again = await previewRestore(parsed.backup);
    expect(again.stores.find((s) => s.store === STORES.entries)).toMatchObject({ added: 0, same: 40, different: 0 });
  });
});
