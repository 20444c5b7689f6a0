// An unlock is not undone by a write that began while the tab believed the lock off. After a browser is killed
// just after the lock was turned on, the lock hint in localStorage may be lost, so the relaunched tab starts
// believing the lock off; a write begun then is refused once its transaction reads the lock record ("on"). Should
// the person unlock meanwhile, that late refusal must not lock the app again (issue 17: the crash test saw Unlock
// accepted and the lock screen stay).
import { beforeEach, describe, expect, it } from 'vitest';
import { lockStatus } from '../../../src/state/app-lock';
import { turnLockOn } from '../../../src/state/app-lock-engine';
import { dispatchLock, lockState } from '../../../src/state/app-lock-machine';
import { isSealed } from '../../../src/storage/at-rest';
import { applyRestore } from '../../../src/storage/backup';
import { listAllEntries, saveEntry } from '../../../src/storage/entries-store';
import { withWrite } from '../../../src/storage/record-writes';
import { STORES } from '../../../src/storage/schema';
import { StorageError } from '../../../src/storage/storage-error';
import { makeEntry } from '../../fixtures/journal-builders';
import { freshLockDatabase } from './fresh-database';
import { readRaw } from './raw-stores';

const PASS = 'correct horse battery';

const SECRET = 'PRIVATE-MARKER';

/** Turns the lock on, then puts this tab where a relaunch without the hint starts: believing the lock off. */
async function lockOnButBelievedOff(): Promise<Extract<ReturnType<typeof lockState.peek>, { status: 'unlocked' }>> {
  await turnLockOn(PASS, 5);
  const on = lockState.peek();
  if (on.status !== 'unlocked') throw new Error('the lock did not turn on');
  dispatchLock({ type: 'removed' });
  expect(lockStatus.value).toBe('off');
  return on;
}

/** Every raw entry on disk is sealed, and the secret shows in none of them. */
async function expectEntriesSealed(): Promise<void> {
  const raw = (await readRaw([STORES.entries])).entries ?? [];
  expect(raw.every(isSealed)).toBe(true);
  expect(JSON.stringify(raw)).not.toContain(SECRET);
}

describe('unlocking while a write decided under "lock off" is in flight', () => {
  beforeEach(freshLockDatabase);

  it('refuses the plain write and stays unlocked', async () => {
    const on = await lockOnButBelievedOff();

    // A plain write begins (as a draft's would), then the person unlocks before its transaction reads the record.
    const writing = withWrite([STORES.entries], (tx) => tx.objectStore(STORES.entries).put({ id: 'plain' }));
    dispatchLock({ type: 'unlocked', record: on.record, key: on.key });

    await expect(writing).rejects.toBeInstanceOf(StorageError);
    expect(lockStatus.value).toBe('unlocked');
    // And nothing plain landed in the sealed store.
    expect((await readRaw([STORES.entries])).entries).toEqual([]);
  });

  it('a save prepared in the clear just before the unlock is sealed and kept, never written plain', async () => {
    const on = await lockOnButBelievedOff();
    const saving = saveEntry(makeEntry({ id: 'during-unlock', text: SECRET }));
    dispatchLock({ type: 'unlocked', record: on.record, key: on.key });
    await saving;
    await expectEntriesSealed();
    expect((await listAllEntries()).map((entry) => entry.text)).toEqual([SECRET]);
  });

  it('a restore prepared in the clear when the unlock comes is refused whole: nothing plain lands', async () => {
    const on = await lockOnButBelievedOff();
    const entries = Array.from({ length: 50 }, (_, i) => makeEntry({ id: `restored-${i}`, text: `${SECRET} ${i}` }));
    const restoring = applyRestore({ schemaVersion: 1, exportedAt: 'x', stores: { entries } }, 'keep-device');
    dispatchLock({ type: 'unlocked', record: on.record, key: on.key });
    await expect(restoring).rejects.toBeInstanceOf(StorageError);
    expect(lockStatus.value).toBe('unlocked');
    expect((await readRaw([STORES.entries])).entries).toEqual([]);
  });
});
