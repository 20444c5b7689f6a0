// Sharing with the app lock on at both ends. The coach's identity is made before its lock is turned on, so turning
// the lock on seals it; the patient's is made after, so it is sealed from the start. Each link is opened by a page
// load, which forgets the data key: the lock screen comes first, and after unlocking the same key opens the bundle.
import { expect, type Page, test } from '@playwright/test';
import { screenHeading, submitOwnLockPassphrase } from './helpers';
import { lastGroupOf, makeCoachInvite, openDevice, pathOf } from './sharing-devices';

const PASSPHRASE = 'quiet river stones';
/** Time for key derivation on a slow CI machine. */
const KEY_WORK = { timeout: 20_000 };

/**
 * Settings → App lock → Turn on with a chosen passphrase; the app stays unlocked. Online for this step: the check
 * of a chosen passphrase loads on demand, and these devices are otherwise offline.
 */
async function turnLockOn(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.goto('/settings/lock');
  await submitOwnLockPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on.' })).toBeVisible(KEY_WORK);
  await page.context().setOffline(true);
}

/** Opens a link by a page load: the lock screen first, then, after the passphrase, the link's own screen. */
async function openThroughLock(page: Page, link: string): Promise<void> {
  await page.goto(pathOf(link));
  await expect(screenHeading(page)).toHaveText('Stillpoint is locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(screenHeading(page)).not.toHaveText('Stillpoint is locked', KEY_WORK);
}

/** What the keys store holds on the disk, read beside the app: how many CryptoKeys, and whether the identity is sealed. */
function rawKeys(page: Page): Promise<{ cryptoKeys: number; identitySealed: boolean }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('keys').objectStore('keys').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            const count = (value: unknown): number =>
              value instanceof CryptoKey
                ? 1
                : typeof value === 'object' && value !== null
                  ? Object.values(value).reduce((sum: number, inner) => sum + count(inner), 0)
                  : 0;
            const records = request.result as Record<string, unknown>[];
            const identity = records.find((record) => record.id === 'identity');
            resolve({ cryptoKeys: count(records), identitySealed: identity !== undefined && '$sealed' in identity });
          };
        };
      }),
  );
}

test('with the lock on at both ends, a share and its reply open after the lock screen, and no key is on the disk', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = baseURL ?? '';
  const coach = await openDevice(browser, origin, 'coach');
  const patient = await openDevice(browser, origin, 'patient');
  const invite = await makeCoachInvite(coach, 'Dr Rivera');
  await turnLockOn(coach);
  await turnLockOn(patient);
  expect(await rawKeys(coach)).toEqual({ cryptoKeys: 0, identitySealed: true });

  // Every page load forgets the key, so each one below comes through the lock screen.
  await openThroughLock(patient, invite.link);
  await expect(screenHeading(patient)).toHaveText('Invite from a coach');
  await patient.getByRole('radio', { name: lastGroupOf(invite.fingerprint) }).check();
  await patient.getByRole('button', { name: 'Check and pin Dr Rivera' }).click();
  await expect(patient.getByText('Dr Rivera is pinned.')).toBeVisible();
  await openThroughLock(patient, `${origin}/journal/new`);
  await patient.getByLabel('Title (optional)').fill('Entry under the lock');
  await patient.getByLabel('Your entry').fill('Written while the lock was on.');
  await patient.getByRole('button', { name: 'Save entry' }).click();
  await expect(screenHeading(patient)).toHaveText('Entry under the lock');

  await openThroughLock(patient, `${origin}/coach`);
  await patient.getByRole('link', { name: 'Share with a coach' }).click();
  await patient.getByLabel('Your name, as your coach knows you').fill('Sam');
  await patient.getByRole('checkbox', { name: /Entry under the lock/ }).check();
  await patient.getByRole('button', { name: 'Preview what will be sent' }).click();
  await patient.getByRole('button', { name: 'Seal for Dr Rivera' }).click();
  const shareLink = await patient.getByLabel('Link').inputValue();
  expect(await rawKeys(patient)).toEqual({ cryptoKeys: 0, identitySealed: true });

  // The coach's identity, sealed when its lock was turned on, opens the share after the lock screen.
  await openThroughLock(coach, shareLink);
  await expect(coach.getByRole('heading', { name: 'Sam shared 1 item' })).toBeVisible();
  await coach.getByRole('button', { name: 'Add to Stillpoint' }).click();
  await expect(coach.getByText('Added from Sam.')).toBeVisible();
  await openThroughLock(coach, `${origin}/coach`);
  await coach.getByRole('link', { name: 'Sam' }).click();
  const item = coach.getByTestId('review-item').first();
  await item.getByLabel('Comment on this item').fill('Thank you for writing this down.');
  await item.getByRole('button', { name: 'Save comment' }).click();
  await expect(item).toContainText('Your comment: Thank you for writing this down.');
  await coach.getByRole('button', { name: 'Seal a reply for Sam' }).click();
  const replyLink = await coach.getByLabel('Link').inputValue();

  // The patient's identity, sealed from the start, opens the reply and knows it came from the pinned coach.
  await openThroughLock(patient, replyLink);
  await expect(patient.getByRole('heading', { name: 'Dr Rivera replied with 1 comment' })).toBeVisible();
  await patient.getByRole('button', { name: 'Add to Stillpoint' }).click();
  await expect(patient.getByText('Added from Dr Rivera.')).toBeVisible();
  for (const page of [coach, patient]) await page.context().close();
});
