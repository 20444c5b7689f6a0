import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';

/** A day a week ahead, as the date field wants it (YYYY-MM-DD, local). */
function dayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function planSession(page: Page, date = dayAhead(7), time = '10:30'): Promise<void> {
  await page.goto('/prepare');
  await expect(screenHeading(page)).toHaveText('Prepare');
  await page.getByLabel('Day', { exact: true }).fill(date);
  await page.getByLabel('Start time').fill(time);
  await page.getByRole('button', { name: 'Plan this session' }).click();
  await expect(page.getByRole('heading', { name: 'Your next session' })).toBeVisible();
}

test.describe('preparation', () => {
  test('plans a session, keeps ticked items across a reload, and shows progress on home', async ({ page }) => {
    await completeFirstRun(page);
    await expect(page.getByRole('link', { name: 'Plan your next session' })).toBeVisible();
    await page.goto('/prepare');
    // The screen loads when visited: check it once it shows, not the shell before it.
    await expect(screenHeading(page)).toHaveText('Prepare');
    await expectNoAxeViolations(page);
    await planSession(page);
    await expect(page.getByText('0 of 26 done.', { exact: false }).first()).toBeVisible();
    await page
      .getByRole('checkbox', { name: 'Ask an adult you trust to be your sitter for the whole session.' })
      .check();
    await page.getByRole('checkbox', { name: 'Find a comfortable eye mask.' }).check();
    await expect(page.getByText(/^2 of 26 done/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'Ask an adult you trust to be your sitter for the whole session.' }),
    ).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Find a comfortable eye mask.' })).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Choose calm music without words, and download it for offline use.' }),
    ).not.toBeChecked();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Next session' })).toBeVisible();
    await expect(page.getByText('Checklist: 2 of 26 done.')).toBeVisible();
  });

  test('marks the list that is due now from the session date', async ({ page }) => {
    await completeFirstRun(page);
    await planSession(page, dayAhead(1));
    await expect(page.getByRole('heading', { name: 'The day before (now)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The week before', exact: true })).toBeVisible();
  });

  test('keeps the intention with the session after a reload', async ({ page }) => {
    await completeFirstRun(page);
    await planSession(page);
    await page.getByLabel('Your intention for this session').fill('Meet whatever comes with kindness.');
    await page.getByRole('button', { name: 'Save intention' }).click();
    await expect(page.getByText('Your intention is saved with this session.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your intention for this session')).toHaveValue('Meet whatever comes with kindness.');
  });

  test('changes the date and cancels the session', async ({ page }) => {
    await completeFirstRun(page);
    await planSession(page);
    await page.getByRole('button', { name: 'Change the date' }).click();
    await page.getByLabel('Day', { exact: true }).fill(dayAhead(9));
    await page.getByRole('button', { name: 'Save the new date' }).click();
    await expect(page.getByRole('heading', { name: 'Your next session' })).toBeVisible();
    const shown = await page.locator('#next-session-title + p').textContent();
    await page.reload();
    await expect(page.locator('#next-session-title + p')).toHaveText(shown ?? '');
    await page.getByRole('button', { name: 'Cancel this session' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the session' }).click();
    await expect(page.getByRole('heading', { name: 'Plan your next session' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Plan your next session' })).toBeVisible();
  });

  test('refuses a day that has passed, in plain words', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/prepare');
    await page.getByLabel('Day', { exact: true }).fill(dayAhead(-2));
    await page.getByRole('button', { name: 'Plan this session' }).click();
    await expect(page.getByRole('alert')).toHaveText('That day has passed. Choose today or a day ahead.');
  });

  test('opens the readings offline from the checklist links', async ({ page, context }) => {
    await completeFirstRun(page);
    await planSession(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page
      .getByRole('link', { name: 'Why this matters: No alcohol or cannabis from 24 hours before the session.' })
      .click();
    await expect(screenHeading(page)).toHaveText('Why no alcohol or cannabis');
    await expect(page.getByRole('heading', { name: 'None in the 24 hours before' })).toBeFocused();
    await page.goBack();
    await page
      .getByRole('link', { name: 'Why this matters: No clear liquids for 2 hours before the session.' })
      .click();
    await expect(screenHeading(page)).toHaveText('Why not eating or drinking before');
    await expect(page.getByRole('heading', { name: 'No clear liquids for 2 hours' })).toBeFocused();
    await page.goBack();
    await page.getByRole('link', { name: /^Read more: Read “What a session can feel like”/ }).click();
    await expect(screenHeading(page)).toHaveText('What a session can feel like');
    await expectNoAxeViolations(page);
  });
});
