import { expect, type Page, test } from '@playwright/test';
import { declineLockOffer } from './helpers';

/** Whose numbers a list shows, as every crisis list labels them. */
const UK_LABEL = 'United Kingdom numbers';

/** The first run for someone who says they live in the United Kingdom. */
async function firstRunInTheUk(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Stillpoint' })).toBeVisible();
  await page.getByLabel('Where do you live?').selectOption({ label: 'United Kingdom' });
  // The welcome's own list follows the choice at once, before anything is saved.
  await expect(page.getByText(UK_LABEL, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  await expect(page.getByRole('link', { name: 'Text SHOUT to 85258' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' })).toHaveCount(0);
  await page.getByLabel(/preparing for or having sessions/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await declineLockOffer(page);
}

test.describe('crisis numbers follow where the person lives', () => {
  test('a first run in the United Kingdom shows UK numbers on the item-9 notice, the sitter guide, the emergency card and after a reload', async ({
    page,
  }) => {
    await firstRunInTheUk(page);

    await page.goto('/sitter');
    await expect(page.getByRole('link', { name: 'Call emergency services (999)' }).first()).toHaveAttribute(
      'href',
      'tel:999',
    );
    await expect(page.getByText(UK_LABEL, { exact: true }).first()).toBeVisible();

    await page.goto('/scales');
    await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
    await page
      .getByRole('group', { name: /better off dead/ })
      .getByLabel('Several days', { exact: true })
      .check();
    const notice = page.getByTestId('attention-notice');
    await expect(notice).toBeVisible();
    await expect(notice.getByText(UK_LABEL, { exact: true })).toBeVisible();
    await expect(notice.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
    await expect(notice.getByRole('link', { name: /988/ })).toHaveCount(0);

    await page.reload();
    await page.goto('/emergency');
    await expect(page.getByRole('link', { name: 'Call 999' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 911' })).toHaveCount(0);
  });

  test('someone who lives somewhere else is told plainly which numbers are shown, and can change it in Settings', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Where do you live?').selectOption({ label: 'Somewhere else' });
    await expect(
      page.getByText(/^United States numbers\. Somewhere else, call your local emergency number/),
    ).toBeVisible();
    await page.getByLabel(/preparing for or having sessions/).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await declineLockOffer(page);
    await page.goto('/settings');
    await page.getByLabel('Where do you live?').selectOption({ label: 'New Zealand' });
    await expect(page.getByText('Shown now:')).toContainText('New Zealand numbers');
    await page.goto('/emergency');
    await expect(page.getByRole('link', { name: 'Call 111' }).first()).toHaveAttribute('href', 'tel:111');
    await expect(page.getByRole('link', { name: 'Call 1737' })).toBeVisible();
  });

  test('where a person writes or scores, a plain line says nobody is watching, with their own numbers beside it', async ({
    page,
  }) => {
    await firstRunInTheUk(page);
    await page.goto('/journal/new');
    const notice = page.getByTestId('nobody-watching');
    await expect(notice).toContainText('Nobody watches what you write or score here as you do it.');
    await expect(notice).toContainText(UK_LABEL);
    await expect(notice.getByRole('link', { name: /Call 116 123/ })).toHaveAttribute('href', 'tel:116123');

    await page.goto('/scales/phq9');
    await expect(page.getByTestId('nobody-watching')).toContainText(UK_LABEL);
    await expect(page.getByTestId('scale-copyright')).toContainText('© Pfizer Inc.');
    await expect(page.getByTestId('scale-copyright')).not.toContainText(/public domain/i);

    await page.goto('/scales');
    await expect(page.getByTestId('loinc-notice')).toContainText('Regenstrief Institute');
  });
});
