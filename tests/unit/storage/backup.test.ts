import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, buildBackup, previewRestore, readBackupStores } from '../../../src/storage/backup';
import { encodeValue } from '../../../src/storage/backup-codec';
import { parseBackup } from '../../../src/storage/backup-format';
import { getDb } from '../../../src/storage/db';
import { saveDraft } from '../../../src/storage/drafts-store';
import { makeBackupStores, makeDraft } from '../../fixtures/backup-builders';
import { openTestDb } from '../../fixtures/test-db';

async function fillDb(stores: Record<string, unknown[]>): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [name, records] of Object.entries(stores)) for (const r of records) void tx.objectStore(name).put(r);
  await tx.done;
}

/** Every store as JSON with binaries spelled out, so two dumps compare byte for byte. */
async function dumpDb(): Promise<string> {
  return JSON.stringify(await encodeValue(await readBackupStores()));
}

async function parsed(bytes: Uint8Array) {
  const result = parseBackup(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.backup;
}

describe('backup and restore against the database', () => {
  beforeEach(openTestDb);

  it('gives back the same records, byte for byte, when restored into an empty app', async () => {
    await fillDb(makeBackupStores());
    const before = await dumpDb();
    const bytes = await buildBackup();
    await openTestDb();
    await applyRestore(await parsed(bytes), 'keep-device');
    expect(await dumpDb()).toBe(before);
  });

  it('previews new, identical and different records, and the date range, without writing', async () => {
    await fillDb(makeBackupStores());
    const backup = await parsed(await buildBackup());
    await openTestDb();
    await saveDraft(makeDraft({ text: 'Changed since the backup.' }));
    await fillDb({ sessions: [makeBackupStores().sessions[0]] });
    const before = await dumpDb();
    const preview = await previewRestore(backup);
    expect(await dumpDb()).toBe(before);
    expect(preview.stores.find((s) => s.store === 'drafts')).toEqual({
      store: 'drafts',
      added: 0,
      same: 0,
      different: 1,
    });
    expect(preview.stores.find((s) => s.store === 'sessions')).toEqual({
      store: 'sessions',
      added: 1,
      same: 1,
      different: 0,
    });
    expect(preview.firstDate).toBe('2026-10-20T09:00:00.000Z');
    expect(preview.lastDate).toBe('2026-11-05T09:00:00.000Z');
  });

  it('merges by id without duplicates, keeping this device’s copy unless told to use the backup’s', async () => {
    await fillDb(makeBackupStores());
    const backup = await parsed(await buildBackup());
    await openTestDb();
    await saveDraft(makeDraft({ text: 'Newer on this device.' }));
    expect(await applyRestore(backup, 'keep-device')).toBeGreaterThan(0);
    let drafts = (await readBackupStores()).drafts ?? [];
    expect(drafts).toEqual([makeDraft({ text: 'Newer on this device.' })]);
    await applyRestore(backup, 'keep-device');
    expect((await readBackupStores()).sessions).toHaveLength(2);
    await applyRestore(backup, 'use-backup');
    drafts = (await readBackupStores()).drafts ?? [];
    expect(drafts).toEqual([makeDraft()]);
  });
});
