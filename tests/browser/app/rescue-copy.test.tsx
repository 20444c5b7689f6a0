// "Save a copy of my data" on the crash screen: plain with the lock off; with the lock on, sealed with a passphrase
// the app makes and shows first, as the encrypted backup is.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RescueCopy } from '../../../src/app/RescueCopy';
import { openBackupFile } from '../../../src/storage/backup-file';
import { saveEntry } from '../../../src/storage/entries-store';
import { makeEntry } from '../../fixtures/journal-builders';
import { putLockIn } from '../../fixtures/lock-state';
import { freshLockDatabase } from '../lock/fresh-database';

const saved = vi.hoisted(() => ({ files: [] as { blob: Blob; name: string }[] }));
vi.mock('../../../src/platform/download', () => ({
  downloadBlob: (blob: Blob, name: string) => saved.files.push({ blob, name }),
}));

function showRescue() {
  return render(<RescueCopy label="Save a copy of my data" done="Saved." failed="Not saved." />);
}

describe('the rescue copy', () => {
  beforeEach(async () => {
    saved.files = [];
    await freshLockDatabase();
    await saveEntry(makeEntry({ id: 'e1', text: 'RESCUE-MARKER in my words' }));
  });
  afterEach(cleanup);

  it('with the lock off, saves a plain copy at once under a neutral name', async () => {
    const view = showRescue();
    fireEvent.click(view.getByRole('button', { name: 'Save a copy of my data' }));
    await waitFor(() => expect(saved.files).toHaveLength(1));
    expect(saved.files[0]?.name).toMatch(/^copy-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await saved.files[0]?.blob.text()).toContain('RESCUE-MARKER');
  });

  it('with the lock on, shows a passphrase first and saves the copy sealed with it', async () => {
    await putLockIn('unlocked');
    const view = showRescue();
    fireEvent.click(view.getByRole('button', { name: 'Save a copy of my data' }));
    const passphrase = (await view.findByTestId('rescue-passphrase')).textContent ?? '';
    const save = view.getByRole('button', { name: 'Save the encrypted copy' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(view.getByLabelText('I have written down this passphrase'));
    fireEvent.click(save);
    await waitFor(() => expect(saved.files).toHaveLength(1));
    const file = saved.files[0];
    if (!file) throw new Error('nothing saved');
    expect(file.name).toMatch(/^copy-\d{4}-\d{2}-\d{2}\.stillpoint-backup$/);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('RESCUE-MARKER');
    // It opens with that passphrase (a rescue copy is not a backup, so the restore screen's parse refuses it).
    const opened = await openBackupFile(bytes, passphrase);
    expect(opened.kind).toBe('refused');
    expect(await openBackupFile(bytes, 'WRONG-WRONG-WRONG-WRONG-WRON')).toEqual({ kind: 'wrong-passphrase' });
  });
});
