// Storage full: Chromium's quota for this origin is forced down (DevTools protocol), then we try to save.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { flushAll } from '../../../src/state/app-update';
import { applyRestore, readBackupStores } from '../../../src/storage/backup';
import { encodeBackup, parseBackup } from '../../../src/storage/backup-format';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { loadDraft, saveDraft } from '../../../src/storage/drafts-store';
import { makeBackupStores, makeDraft } from '../../fixtures/backup-builders';
import { DraftForm } from './draft-form';

/**
 * Sets this origin's quota to what it already uses plus a little, so small saves fit and any sizeable write fails.
 * Done once, before the first write: Chromium's database keeps the quota it saw at its first write.
 */
async function forceQuotaLow(): Promise<void> {
  const { usage } = await cdp().send('Storage.getUsageAndQuota', { origin: location.origin });
  await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin, quotaSize: usage + 256 * 1024 });
}

/** Text or bytes that do not compress (Chromium compresses large IndexedDB values), from a fixed seed. */
function noise(length: number): number[] {
  let state = 12345;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state >> 16;
  });
}

async function restoreQuota(): Promise<void> {
  await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin });
}

function noiseText(length: number): string {
  return noise(length)
    .map((n) => String.fromCharCode(97 + (n % 26)))
    .join('');
}

async function countRecords(): Promise<number> {
  return Object.values(await readBackupStores()).reduce((sum, records) => sum + (records?.length ?? 0), 0);
}

describe('when the device is out of storage space', () => {
  // One empty database for the file, then the low quota (deleting the database can reset what Chromium enforces).
  beforeAll(async () => {
    await closeDb();
    await deleteDb();
    await forceQuotaLow();
  });
  afterAll(restoreQuota);
  afterEach(cleanup);

  it('shows a clear error, keeps the typed text on screen, and loses no saved record', async () => {
    await saveDraft(makeDraft({ text: 'Saved before the disk filled up.' }));
    const recordsBefore = await countRecords();
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect((view.getByLabelText('Text') as HTMLTextAreaElement).value).toMatch(/Saved before/));

    const longText = `A long entry. ${noiseText(1_000_000)}`;
    fireEvent.input(view.getByLabelText('Text'), { target: { value: longText } });
    await flushAll();

    await waitFor(() => expect(view.getByRole('alert').textContent).toMatch(/out of storage space/));
    expect((view.getByLabelText('Text') as HTMLTextAreaElement).value).toBe(longText);
    expect(await countRecords()).toBe(recordsBefore);
    expect((await loadDraft('journal:new'))?.text).toBe('Saved before the disk filled up.');
  });

  it('refuses a restore that does not fit as a whole: nothing from it is written, nothing is lost', async () => {
    // What the first test saved is already here; a new setup write could itself hit the full quota.
    const stores = makeBackupStores();
    const bigEntry = {
      id: 'entry-big',
      createdAt: '2026-11-04T08:00:00.000Z',
      updatedAt: '2026-11-04T08:00:00.000Z',
      text: noiseText(1_000_000),
      tags: [],
    };
    const result = parseBackup(await encodeBackup({ ...stores, entries: [...stores.entries, bigEntry] }));
    if (!result.ok) throw new Error(result.reason);
    const before = JSON.stringify(await readBackupStores());

    await expect(applyRestore(result.backup, 'use-backup')).rejects.toMatchObject({ kind: 'quota' });

    expect(JSON.stringify(await readBackupStores())).toBe(before);
    expect((await loadDraft('journal:new'))?.text).toBe('Saved before the disk filled up.');
  });
});
