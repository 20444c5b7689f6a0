// Reliability: turning the app lock on and off converts every record in place. Here each conversion is cut off
// half-way by a reload (the page's JavaScript is torn down mid-write), then resumed by unlocking. The raw stores
// are read directly throughout: while the lock is on no entry text is readable on disk, and after the lock is off
// again every record is exactly what was there before it was ever turned on.
import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, screenHeading, submitOwnLockPassphrase } from './helpers';
import { dumpAllStores, seedStores } from './reliability-db';

const PASSPHRASE = 'slow tide under moonlight';
const ENTRIES = 3000;
const MARKER = 'UNLOCKED-TEXT';
const KEY_WORK = { timeout: 30_000 };

function makeEntries(): Record<string, unknown>[] {
  return Array.from({ length: ENTRIES }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    return { id: `e-${String(i).padStart(5, '0')}`, createdAt: at, updatedAt: at, text: `${MARKER} ${i}`, tags: [] };
  });
}

/** How many entries are on disk, how many sealed, how many still show their text, and the lock record's state. */
function rawState(page: Page): Promise<{ total: number; sealed: number; readable: number; lock: string | null }> {
  return page.evaluate(async (marker) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stillpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const tx = db.transaction(['entries', 'keys'], 'readonly');
    const entries = (await read(tx.objectStore('entries').getAll())) as Record<string, unknown>[];
    const lock = (await read(tx.objectStore('keys').get('app-lock'))) as { state?: string } | undefined;
    db.close();
    return {
      total: entries.length,
      sealed: entries.filter((e) => '$sealed' in e).length,
      readable: entries.filter((e) => JSON.stringify(e).includes(marker)).length,
      lock: lock?.state ?? null,
    };
  }, MARKER);
}

/** Waits until the conversion has done some of the work but not all of it. */
async function waitUntilHalfWay(page: Page, sealedWhenDone: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const { sealed } = await rawState(page);
        return sealed > 0 && sealed < ENTRIES ? 'half-way' : sealed === sealedWhenDone ? 'done' : 'not yet';
      },
      { timeout: 30_000, intervals: [20] },
    )
    .toBe('half-way');
}

async function unlock(page: Page): Promise<void> {
  await expect(screenHeading(page)).toHaveText('Stillpoint is locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(screenHeading(page)).not.toHaveText('Stillpoint is locked', KEY_WORK);
}

test('lock on and lock off, each interrupted half-way by a reload and resumed: nothing lost, nothing readable', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await completeFirstRun(page);
  const entries = makeEntries();
  for (let i = 0; i < ENTRIES; i += 500) await seedStores(page, { entries: entries.slice(i, i + 500) });
  const before = (await dumpAllStores(page)).entries;
  expect(before).toHaveLength(ENTRIES);

  // Turn on, and reload in the middle of sealing.
  await page.goto('/settings/lock');
  await submitOwnLockPassphrase(page, PASSPHRASE);
  await waitUntilHalfWay(page, ENTRIES);
  await page.reload();
  const interruptedOn = await rawState(page);
  expect(interruptedOn.lock).toBe('turning-on');
  expect(interruptedOn.total).toBe(ENTRIES);
  expect(interruptedOn.sealed + interruptedOn.readable).toBe(ENTRIES);

  // Unlocking finishes the job.
  await unlock(page);
  await expect
    .poll(() => rawState(page), KEY_WORK)
    .toEqual({ total: ENTRIES, sealed: ENTRIES, readable: 0, lock: 'on' });
  // In-app navigation (a page load would forget the key): the newest entry reads back through the lock.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText(`${MARKER} ${ENTRIES - 1}`).first()).toBeVisible();

  // Turn off, and reload in the middle of opening the records again.
  await page.goto('/settings/lock');
  await unlock(page);
  await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect
    .poll(
      async () => {
        const { sealed } = await rawState(page);
        return sealed > 0 && sealed < ENTRIES;
      },
      { timeout: 30_000, intervals: [20] },
    )
    .toBe(true);
  await page.reload();
  expect((await rawState(page)).lock).toBe('turning-off');

  await unlock(page);
  await expect
    .poll(() => rawState(page), KEY_WORK)
    .toEqual({ total: ENTRIES, sealed: 0, readable: ENTRIES, lock: null });
  expect((await dumpAllStores(page)).entries).toEqual(before);
});
