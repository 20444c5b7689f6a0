import { expect, test } from '@playwright/test';
import { DEFAULT_PACK } from '../../src/content/default-pack';
import { encodePackFragment } from '../../src/domain/protocol-pack-import';
import { completeFirstRun, screenHeading } from './helpers';

// The words a person reads on the built app: the pack's numbers (never a typed one), breathing before the recovery
// position, and the dizziness line on patterns that hold the breath.

test.describe('safety words on screen', () => {
  test.beforeEach(async ({ page }) => {
    await completeFirstRun(page);
  });

  test('readings and checklists state the active pack’s numbers, and a clinic pack’s once applied', async ({
    page,
  }) => {
    await page.goto('/learn/rule/blood-pressure');
    await expect(page.getByText(/A reading above 160\/90 \(the top number or the bottom number\)/)).toBeVisible();
    await expect(page.getByText(/A resting heart rate above 100 is also a reason/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('{');

    const clinic = structuredClone(DEFAULT_PACK);
    clinic.id = 'clinic';
    clinic.version = '9';
    clinic.readiness.food.hours = 6;
    clinic.readiness.spacing.minHours = 96;
    await page.goto(`/settings/pack${encodePackFragment(clinic)}`);
    await page.getByRole('button', { name: 'Apply these rules' }).click();
    await expect(page.getByTestId('pack-current')).toContainText('version 9');
    await page.goto('/learn/rule/spacing');
    await expect(page.getByRole('heading', { name: 'At least 96 hours apart' })).toBeVisible();
    await page.goto('/learn/rule/food');
    await expect(page.getByRole('heading', { name: 'Nothing to eat for 6 hours' })).toBeVisible();
    await page.goto('/prepare');
    const day = new Date(Date.now() + 2 * 86_400_000);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Day', { exact: true }).fill(iso);
    await page.getByRole('button', { name: 'Plan this session' }).click();
    await expect(page.getByText('Nothing to eat for 6 hours before the session.')).toBeVisible();
  });

  test('the sitter guide checks breathing first, and sends a person who is not breathing to emergency services', async ({
    page,
  }) => {
    await page.goto('/sitter');
    await expect(screenHeading(page)).toHaveText('Sitter guide');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    const breathing = headings.indexOf('If they cannot be woken: check breathing first');
    const recovery = headings.indexOf('The recovery position (only if they are breathing)');
    expect(breathing).toBeGreaterThanOrEqual(0);
    expect(recovery).toBeGreaterThan(breathing);
    await expect(page.getByText(/Not breathing, or not breathing normally: call emergency services now/)).toBeVisible();
    await expect(page.getByText(/They will talk you through CPR/)).toBeVisible();
  });

  test('patterns that hold the breath say to stop and breathe normally if dizzy; others do not', async ({ page }) => {
    await page.goto('/breathe');
    await page.getByRole('link', { name: 'Start Box breathing' }).click();
    await expect(page.getByTestId('dizzy-note')).toHaveText('If you feel dizzy, stop and breathe normally.');
    await page.goto('/breathe');
    await page.getByRole('link', { name: 'Start Coherent breathing' }).click();
    await expect(screenHeading(page)).toHaveText('Coherent breathing');
    await expect(page.getByTestId('dizzy-note')).toHaveCount(0);
  });
});
