import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';
import { dumpAllStores, leftovers, makeSeedStores, seedStores } from './reliability-db';

test.describe('backup, erase everything, restore', () => {
  test('a backup restored after erasing everything gives back every record, byte for byte', async ({ page }) => {
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await seedStores(page, makeSeedStores());
    await page.goto('/settings/backup');
    await expect(screenHeading(page)).toHaveText('Backup and restore');
    await expectNoAxeViolations(page);
    const before = await dumpAllStores(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'stillpoint-backup-')), 'backup.json');
    await (await downloading).saveAs(file);
    await expect(page.getByText('Your backup was saved')).toBeVisible();

    const beforeErase = await leftovers(page);
    expect(beforeErase.databases).toContain('stillpoint');
    expect(beforeErase.caches.length).toBeGreaterThan(0);
    expect(beforeErase.registrations).toBe(1);
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByText(/Type ERASE in capital letters/)).toBeVisible();
    expect((await leftovers(page)).databases).toContain('stillpoint');
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(screenHeading(page)).toHaveText('Everything is erased');
    await expectNoAxeViolations(page);
    expect(await leftovers(page)).toEqual({ databases: [], caches: [], registrations: 0 });

    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
    await completeFirstRun(page);
    await page.goto('/settings/backup');
    await page.getByLabel('Choose a backup file').setInputFiles(file);
    const preview = page.getByTestId('restore-preview');
    await expect(preview).toContainText('Journal entries: 50 (50 new)');
    await expect(preview).toContainText('Voice notes: 1 (1 new)');
    await expect(page.getByText(/^From .* to .*\.$/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Use the copy in the backup').check();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByText(/The backup was restored/)).toBeVisible();

    expect(await dumpAllStores(page)).toEqual(before);
  });

  test('a file that is not a backup is refused, and nothing changes', async ({ page }) => {
    await completeFirstRun(page);
    await seedStores(page, makeSeedStores());
    const before = await dumpAllStores(page);
    await page.goto('/settings/backup');
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"stillpoint-backup","formatVersion":1,"schemaVersion":1,"exportedAt":"x"}'),
    });
    await expect(page.getByRole('alert')).toContainText('not a Stillpoint backup');
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);
    expect(await dumpAllStores(page)).toEqual(before);
  });

  test('settings show when the last backup was made, and the home screen reminds when one is due', async ({ page }) => {
    await completeFirstRun(page);
    await expect(page.getByRole('heading', { name: 'Keep a backup' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByText('You have not saved a backup from this device yet.')).toBeVisible();
    await page.getByRole('link', { name: 'Backup, restore or erase' }).click();
    await expect(screenHeading(page)).toHaveText('Backup and restore');
  });
});
