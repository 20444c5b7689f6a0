// A newer version of Stillpoint opens the database in another tab: this tab must save its draft and let go,
// and the newer one must never hang on a blocked upgrade. ("Another tab" is a second connection asking for a
// higher version, exactly what the browser delivers to this page when a newer build opens in a second tab.)
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { watchOtherTabs } from '../../../src/app/version-change';
import { shellMode } from '../../../src/state/shell-mode';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema';
import { freshLockDatabase } from '../lock/fresh-database';
import { DraftForm } from './draft-form';

/** Opens the database as a newer build would; resolves with the draft it finds, or 'blocked' if it is left hanging. */
function openAsNewerVersion(): Promise<{ text?: string } | 'blocked'> {
  return new Promise((resolve, reject) => {
    const hang = setTimeout(() => resolve('blocked'), 5_000);
    const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
    request.onsuccess = () => {
      clearTimeout(hang);
      const db = request.result;
      const get = db.transaction('drafts').objectStore('drafts').get('journal:new');
      get.onsuccess = () => {
        db.close();
        resolve(get.result);
      };
    };
    request.onerror = () => reject(request.error);
  });
}

describe('two tabs, one with a newer version', () => {
  afterEach(async () => {
    cleanup();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = resolve;
    });
  });

  it('saves the open draft, steps aside, and lets the newer version upgrade without a blocked hang', async () => {
    // Files share one origin: a lock an earlier file left on would refuse the plain draft write.
    await freshLockDatabase();
    await closeDb();
    await deleteDb();
    const stopWatching = watchOtherTabs();
    const view = render(<DraftForm id="journal:new" />);
    await waitFor(() => expect(view.getByTestId('loaded').textContent).toBe('true'));
    // Typed just now: the autosave timer has not fired, so only the step-aside flush can save it.
    fireEvent.input(view.getByLabelText('Text'), { target: { value: 'Written in the old tab, not yet saved.' } });

    const found = await openAsNewerVersion();

    expect(found).not.toBe('blocked');
    expect(found).toMatchObject({ text: 'Written in the old tab, not yet saved.' });
    expect(shellMode.value).toBe('stepped-aside');
    stopWatching();
  });
});
