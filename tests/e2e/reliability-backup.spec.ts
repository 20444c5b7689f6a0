import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';
import { dumpAllStores, leftovers, makeSeedStores, seedStores } from './reliability-db';

/** Expects keyboard focus to have moved to the element holding this text (a result just shown). */
async function expectFocusOn(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(text);
}

/** Makes an encrypted backup through the screen, as a person would: reads the passphrase, ticks the box, saves. */
async function saveEncryptedBackup(page: Page): Promise<{ file: string; passphrase: string }> {
  await page.getByRole('button', { name: 'Make an encrypted backup' }).click();
  await expect(page.getByRole('heading', { name: 'Your backup passphrase' })).toBeFocused();
  await expect(
    page.getByText('Write this down. Without it the backup cannot be opened, and no one can recover it.'),
  ).toBeVisible();
  const passphrase = ((await page.getByTestId('backup-passphrase').textContent()) ?? '').trim();
  expect(passphrase).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){4}$/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the encrypted backup' }).click();
  await expect(page.getByRole('alert')).toHaveText('Tick the box once the passphrase is written down.');

  await page.getByLabel('I have written down this passphrase').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the encrypted backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.stillpoint-backup$/);
  const file = join(mkdtempSync(join(tmpdir(), 'stillpoint-backup-')), download.suggestedFilename());
  await download.saveAs(file);
  await expectFocusOn(page, 'Your encrypted backup was saved');
  await expect(page.getByTestId('backup-passphrase')).toHaveCount(0);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('SP');
  expect(bytes.includes('the music felt far away')).toBe(false);
  return { file, passphrase };
}

/** Empties one store behind the app's back (the device moved on since the backup). */
function clearStore(page: Page, name: string): Promise<void> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stillpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).clear();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, name);
}

/** Erases everything through the screen and goes through the first run again. */
async function eraseAndStartAgain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByLabel('Type ERASE to confirm').fill('ERASE');
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(screenHeading(page)).toHaveText('Everything is erased');
  expect(await leftovers(page)).toEqual({ databases: [], caches: [], registrations: 0 });
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
  await completeFirstRun(page);
}

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
    await page.getByRole('button', { name: 'Save a plain backup' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'stillpoint-backup-')), 'backup.json');
    await (await downloading).saveAs(file);
    await expect(page.getByText('Your plain backup was saved')).toBeVisible();

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

  test('an encrypted backup restored after erasing everything, with its passphrase, gives back every record', async ({
    page,
  }) => {
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await seedStores(page, makeSeedStores());
    await page.goto('/settings/backup');
    await expect(screenHeading(page)).toHaveText('Backup and restore');
    await expectNoAxeViolations(page);
    const before = await dumpAllStores(page);
    const { file, passphrase } = await saveEncryptedBackup(page);

    await eraseAndStartAgain(page);
    await page.goto('/settings/backup');
    await page.getByLabel('Choose a backup file').setInputFiles(file);
    await expect(page.getByRole('heading', { name: 'This backup is locked' })).toBeFocused();
    await expectNoAxeViolations(page);
    // Typed as people type: small letters, dashes instead of spaces.
    await page.getByLabel('Backup passphrase').fill(passphrase.toLowerCase().replaceAll(' ', '-'));
    await page.getByLabel('Backup passphrase').press('Enter');
    await expect(page.getByRole('heading', { name: 'What this backup holds' })).toBeFocused();
    const preview = page.getByTestId('restore-preview');
    await expect(preview).toContainText('Journal entries: 50 (50 new)');
    await expect(preview).toContainText('Voice notes: 1 (1 new)');
    await expectNoAxeViolations(page);
    await page.getByLabel('Use the copy in the backup').check();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expectFocusOn(page, 'The backup was restored');

    expect(await dumpAllStores(page)).toEqual(before);
  });

  test('a wrong passphrase or a damaged file is refused in plain words, and nothing changes', async ({ page }) => {
    await completeFirstRun(page);
    await expect(page.getByRole('heading', { name: 'Keep a backup' })).toBeVisible();
    await seedStores(page, makeSeedStores());
    await page.goto('/settings/backup');
    const { file, passphrase } = await saveEncryptedBackup(page);
    // Recorded as a backup, like the plain one: the settings say when, and the home reminder goes quiet.
    await page.goto('/settings');
    await expect(page.getByText(/^Last backup: /)).toBeVisible();
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
    await page.goto('/');
    await expect(screenHeading(page)).toHaveText(/Today/);
    await expect(page.getByRole('heading', { name: 'Keep a backup' })).toHaveCount(0);

    await clearStore(page, 'entries');
    await page.goto('/settings/backup');
    const before = await dumpAllStores(page);
    const damaged = readFileSync(file);
    damaged[damaged.length >> 1] = (damaged[damaged.length >> 1] ?? 0) ^ 1;
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'damaged.stillpoint-backup',
      mimeType: 'application/octet-stream',
      buffer: damaged,
    });
    await expect(page.getByRole('alert')).toHaveText(
      'This backup file is damaged or has been altered, so it cannot be opened. Nothing was changed.',
    );
    await expect(page.getByLabel('Backup passphrase')).toHaveCount(0);

    await page.getByLabel('Choose a backup file').setInputFiles(file);
    const wrong = `${passphrase.startsWith('A') ? 'B' : 'A'}${passphrase.slice(1)}`;
    await page.getByLabel('Backup passphrase').fill(wrong);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this backup. Nothing was changed.');
    await expect(page.getByLabel('Backup passphrase')).toBeFocused();
    await expect(page.getByTestId('restore-preview')).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(await dumpAllStores(page)).toEqual(before);

    // The right one still opens it; leaving at the preview writes nothing either.
    await page.getByLabel('Backup passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByTestId('restore-preview')).toContainText('Journal entries: 50 (50 new)');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await dumpAllStores(page)).toEqual(before);
  });

  test('after an erase nothing brings the database back, not even work the app had scheduled for later', async ({
    page,
  }) => {
    await page.clock.install();
    await completeFirstRun(page);
    await page.goto('/settings/backup');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(screenHeading(page)).toHaveText('Everything is erased');
    // The start-up's deferred lock check (and any other timer) comes due after the erase.
    await page.clock.runFor(60_000);
    expect(await leftovers(page)).toEqual({ databases: [], caches: [], registrations: 0 });
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
