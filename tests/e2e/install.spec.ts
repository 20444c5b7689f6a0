import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';

// iPhone realities with stubbed navigator values: in a Safari tab, say once how to add Stillpoint to the Home
// Screen and why; Settings shows whether it runs installed.

/** Makes the page look like Safari on an iPhone, in a tab or opened from the Home Screen. */
async function pretendIphone(page: Page, standalone: boolean): Promise<void> {
  await page.addInitScript((fromHomeScreen) => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'iPhone' });
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 });
    Object.defineProperty(Navigator.prototype, 'standalone', { get: () => fromHomeScreen, configurable: true });
  }, standalone);
}

const ADVICE = { name: 'Add Stillpoint to your Home Screen' };

test('in a Safari tab on an iPhone, the Home Screen advice shows once and Settings says it runs in a tab', async ({
  page,
}) => {
  await pretendIphone(page, false);
  await completeFirstRun(page);
  await page.goto('/');
  await expect(screenHeading(page)).toHaveText('Today');
  const advice = page.getByRole('region', ADVICE);
  await expect(advice).toContainText('deletes Stillpoint’s data when you have not opened it for seven days');
  await expect(advice).toContainText('Add to Home Screen');
  await expect(
    page.getByText(
      /^In a Safari tab, iOS deletes Stillpoint’s data after seven days without a visit\. Keep an encrypted backup/,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await advice.getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByRole('heading', ADVICE)).toHaveCount(0);
  await page.reload();
  await expect(screenHeading(page)).toHaveText('Today');
  await expect(page.getByRole('heading', { name: 'Keep a backup' })).toBeVisible();
  await expect(page.getByRole('heading', ADVICE)).toHaveCount(0);

  await page.goto('/settings');
  await expect(page.getByTestId('install-state')).toHaveText('Runs installed: no, in a browser tab');
});

test('opened from the Home Screen, there is no advice and Settings says it runs installed', async ({ page }) => {
  await pretendIphone(page, true);
  await completeFirstRun(page);
  await page.goto('/');
  await expect(screenHeading(page)).toHaveText('Today');
  await expect(page.getByRole('heading', ADVICE)).toHaveCount(0);
  await page.goto('/settings');
  await expect(page.getByTestId('install-state')).toHaveText('Runs installed: yes');
});

test('on a desktop browser there is no Home Screen advice', async ({ page }) => {
  await completeFirstRun(page);
  await page.goto('/');
  await expect(screenHeading(page)).toHaveText('Today');
  await expect(page.getByRole('heading', ADVICE)).toHaveCount(0);
  await page.goto('/settings');
  await expect(page.getByTestId('install-state')).toHaveText('Runs installed: no, in a browser tab');
});
