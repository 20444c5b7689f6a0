import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, ROUTES, screenHeading, waitForServiceWorker } from './helpers';

async function fillCarePlan(page: Page): Promise<void> {
  await page.goto('/care-plan');
  await expect(screenHeading(page)).toHaveText('Your care plan');
  const sitter = page.getByRole('group', { name: 'Your sitter' });
  await sitter.getByLabel('Name').fill('Sam Rivera');
  await sitter.getByLabel('Phone').fill('555 010 2000');
  const careTeam = page.getByRole('group', { name: 'Your care team' });
  await careTeam.getByLabel('Name').fill('Clinic nurse line');
  await careTeam.getByLabel('Phone').fill('+1 (555) 010-3000');
  const prescriber = page.getByRole('group', { name: 'Your prescriber' });
  await prescriber.getByLabel('Name').fill('Dr Lee');
  await prescriber.getByLabel('Phone').fill('555 010 4000');
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await page.getByLabel('Medicine 1: name').fill('Sertraline');
  await page.getByLabel('Medicine 1: your prescriber’s instructions').fill('Take as usual on session days.');
  await page.getByLabel(/Allergies/).fill('Penicillin');
}

test.describe('the emergency card', () => {
  test('shows the care plan’s people as one-tap calls, the medicines and the paramedic script', async ({ page }) => {
    await completeFirstRun(page);
    await fillCarePlan(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save care plan' }).click();
    await expect(page.getByText('Your care plan is saved.', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the emergency card' }).click();
    await expect(screenHeading(page)).toHaveText('Get help now');
    await expect(page.getByRole('link', { name: /Call sitter: Sam Rivera/ })).toHaveAttribute('href', 'tel:5550102000');
    await expect(page.getByRole('link', { name: /Call care team: Clinic nurse line/ })).toHaveAttribute(
      'href',
      'tel:+15550103000',
    );
    await expect(page.getByRole('link', { name: /Call prescriber: Dr Lee/ })).toHaveAttribute('href', 'tel:5550104000');
    await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByText('Take as usual on session days.', { exact: false })).toBeVisible();
    await expect(page.getByText('Allergies: Penicillin.')).toBeVisible();
    await expect(page.getByText('Their other medicines: Sertraline.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('refuses a phone number that is not one, in plain words, and keeps what was typed', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/care-plan');
    const sitter = page.getByRole('group', { name: 'Your sitter' });
    await sitter.getByLabel('Name').fill('Sam');
    await sitter.getByLabel('Phone').fill('call Sam');
    await page.getByRole('button', { name: 'Save care plan' }).click();
    await expect(page.getByText(/does not look like a phone number/)).toBeVisible();
    await expect(sitter.getByLabel('Phone')).toHaveValue('call Sam');
    await expectNoAxeViolations(page);
    await page.goto('/emergency');
    await expect(page.getByText('No phone numbers yet.', { exact: false })).toBeVisible();
  });

  test('opens offline from every screen through Help now', async ({ page, context }) => {
    test.slow(); // every route in ROUTES
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto(route.path);
      await page.getByRole('link', { name: 'Help now', exact: true }).click();
      // Tapped before the app has taken over the prerendered first frame, Help now opens the static page (every
      // country's numbers); once it runs, the app's own emergency card. Either must open, offline.
      await expect(screenHeading(page), route.path).toHaveText(/^(Get help now|Help now)$/);
      await expect(page.getByRole('link', { name: 'Call 911' }).first()).toBeVisible();
    }
  });

  test('the sitter guide shows what is normal, the recovery position and a big call button', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/sitter');
    await expect(screenHeading(page)).toHaveText('Sitter guide');
    for (const heading of ['What is normal', 'What to do', 'The recovery position', 'When to call emergency services'])
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call emergency services (911)' }).first()).toHaveAttribute(
      'href',
      'tel:911',
    );
    await expect(page.getByText('Check on them every 15 minutes for the first hour', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the emergency card, sitter guide and care plan pass axe in the dim theme', async ({ page }) => {
    test.slow(); // five screens through axe
    await completeFirstRun(page);
    await page.goto('/settings');
    await page.getByLabel('Dim (for the session room)').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    for (const path of ['/emergency', '/sitter', '/care-plan', '/prepare', '/learn/sitter']) {
      await page.goto(path);
      await expect(screenHeading(page)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});
