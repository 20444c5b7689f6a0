import { expect, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';
import { dumpAllStores, makeSeedStores, seedStores } from './reliability-db';

/** The key that makes opening the database fail, as a broken disk does ("internal error opening backing store"). */
const FAIL_OPEN = 'stillpoint-test:fail-db-open';

test.describe('storage trouble', () => {
  test('when the database cannot be opened, the app says so and offers to try again and to save a copy', async ({
    page,
    context,
  }) => {
    await context.addInitScript((flag) => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
        if (localStorage.getItem(flag) !== '1') return open.apply(this, args);
        // A request that fails the way Chromium's does when its backing store is broken.
        const request = Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
        const error = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
        Object.defineProperty(request, 'error', { value: error });
        setTimeout(() => request.dispatchEvent(new Event('error')));
        return request;
      };
    }, FAIL_OPEN);
    await completeFirstRun(page);
    await page.evaluate((flag) => localStorage.setItem(flag, '1'), FAIL_OPEN);
    await page.reload();

    await expect(screenHeading(page)).toHaveText('Stillpoint cannot open its storage');
    await expect(page.getByRole('alert')).toContainText('cannot reach its storage');
    await expect(page.getByText('Nothing has been deleted.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save what can be read' }).click();
    await expect(page.getByRole('status')).toContainText('Nothing could be read right now');

    await page.evaluate((flag) => localStorage.removeItem(flag), FAIL_OPEN);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(screenHeading(page)).toHaveText('Today');
  });

  test('with the disk full, a restore shows a clear error and loses or adds no record', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await page.goto('/icons/icon.svg');
    const origin = new URL(page.url()).origin;
    // Before the app writes anything: Chromium keeps the quota it saw at the database's first write.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 3 * 1024 * 1024 });
    await completeFirstRun(page);
    await seedStores(page, makeSeedStores());
    const before = await dumpAllStores(page);

    let seed = 7;
    const noise = Array.from({ length: 4_000_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const backup = {
      format: 'stillpoint-backup',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-11-10T12:00:00.000Z',
      stores: {
        entries: [
          {
            id: 'entry-long',
            createdAt: '2026-11-09T08:00:00.000Z',
            updatedAt: '2026-11-09T08:00:00.000Z',
            text: noise,
            tags: [],
          },
        ],
      },
    };
    await page.goto('/settings/backup');
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(page.getByTestId('restore-preview')).toContainText('Journal entries: 1 (1 new)');
    await page.getByRole('button', { name: 'Restore this backup' }).click();

    await expect(page.getByRole('alert')).toContainText('out of storage space');
    await expect(page.getByRole('alert')).toContainText('Nothing from the backup was added');
    await expect(page.getByRole('button', { name: 'Restore this backup' })).toBeVisible();
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    expect(await dumpAllStores(page)).toEqual(before);
  });
});
