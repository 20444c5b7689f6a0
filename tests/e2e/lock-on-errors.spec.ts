// Turning the app lock on used to leave "Uncaught [object Promise]": the lock's progress toast is lazy and rendered
// outside any boundary, so its loading escaped. The engine journeys check the same in WebKit and Firefox.
import { expect, test } from '@playwright/test';
import { completeFirstRun, screenHeading, submitOwnLockPassphrase } from './helpers';

test('turning on the app lock in Settings leaves no uncaught error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await completeFirstRun(page);
  await page.goto('/settings/lock');
  await submitOwnLockPassphrase(page, 'quiet river stones');
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on.' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(screenHeading(page)).toHaveText('Today');
  expect(errors).toEqual([]);
});
