// Reliability: the browser clears Stillpoint's database on its own (eviction under storage pressure, or "clear site
// data"), leaving the rest of the origin. The welcome screen says what happened instead of greeting a stranger,
// and a backup restored from there brings everything back and finishes the first run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';
import { dumpAllStores, makeSeedStores, seedStores } from './reliability-db';

test('after the browser clears the database, the welcome says so and a restore from there brings it all back', async ({
  page,
  baseURL,
}) => {
  await completeFirstRun(page);
  await seedStores(page, makeSeedStores());
  await page.goto('/settings/backup');
  const before = await dumpAllStores(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a plain backup' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'stillpoint-evicted-')), 'backup.json');
  await (await downloading).saveAs(file);

  // What eviction does: the database goes; the page's other storage may stay.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL ?? '').origin, storageTypes: 'indexeddb' });
  await page.goto('/');
  await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
  await expect(page.getByRole('alert')).toContainText('its data is no longer here');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'restore it now' }).click();
  await expect(screenHeading(page)).toHaveText('Backup and restore');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(page.getByTestId('restore-preview')).toContainText('Journal entries: 50 (50 new)');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/The backup was restored/)).toBeVisible();
  // The restored settings finish the first run: the navigation is back, and so is every record.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await dumpAllStores(page)).toEqual(before);
});

test('a new device can restore a backup from the welcome screen, without a warning about lost data', async ({
  page,
}) => {
  await page.goto('/');
  await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Restore from a backup' }).click();
  await expect(screenHeading(page)).toHaveText('Backup and restore');
  await expectNoAxeViolations(page);
});
