import { expect, test } from '@playwright/test';
import { DEFAULT_PACK } from '../../src/content/default-pack';
import { encodePackFragment } from '../../src/domain/protocol-pack-import';
import { answerScreeningAllNo, answerStepsUpToReadings, enterReading, next, startOffline } from './check-in-steps';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';

test.describe('safety: screening and the session-day check-in', () => {
  test('a person answers the eligibility questions; a crisis answer shows crisis lines at once', async ({
    page,
    context,
  }) => {
    await startOffline(page, context);
    await page.goto('/check-in');
    await expect(page.getByText('Your eligibility questions are due.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Answer the eligibility questions' }).click();
    await expect(screenHeading(page)).toHaveText('Eligibility questions');
    await page
      .getByRole('group', { name: /thoughts of ending your life, even without a plan/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    const crisis = page.getByTestId('crisis-now');
    await expect(crisis.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(crisis).toContainText('Talk with your prescriber before any session.');
    await expectNoAxeViolations(page);
    await page
      .getByRole('group', { name: /a plan, or do you mean to act/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    // A plan or intent: the crisis lines come first, above the questions, and take focus.
    await expect(page.getByRole('heading', { name: /Please reach out now/ })).toBeFocused();
    await expect(crisis).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByText(/Answer every question first/)).toBeVisible();
    await answerScreeningAllNo(page);
    await expectNoAxeViolations(page);
    await page.goto('/check-in');
    await expect(page.getByText(/Eligibility questions answered/)).toBeVisible();
  });

  test('a check-in at 165/95 holds, cannot be overridden, and keeps a care-team note', async ({ page, context }) => {
    await page.clock.install();
    await startOffline(page, context);
    await answerScreeningAllNo(page);
    await answerStepsUpToReadings(page, { axe: true });
    await enterReading(page, 'first', 1650, 95, 72);
    await next(page);
    await expect(page.getByText(/1650 looks like a slip/)).toBeVisible();
    await expectNoAxeViolations(page);
    await enterReading(page, 'first', 165, 95, 72);
    await next(page);
    await expect(page.getByRole('heading', { name: 'Rest, then measure again' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Slow breathing while you wait' })).toHaveAttribute(
      'href',
      '/breathe?pattern=coherent&minutes=5',
    );
    await expectNoAxeViolations(page);
    await page.clock.fastForward('05:01');
    await enterReading(page, 'second', 165, 95, 72);
    await next(page);
    const decision = page.getByTestId('readiness-decision');
    await expect(decision).toHaveAttribute('data-decision', 'hold');
    await expect(page.getByRole('heading', { name: 'Hold: do not start the session' })).toBeVisible();
    await expect(page.getByText('Blood pressure 165/95 is above 160/90, the hold limit.')).toBeVisible();
    // The hold screen itself has everyone to call: care team (or a way to add the number), sitter, crisis lines.
    const help = page.getByTestId('hold-help');
    await expect(help.getByRole('link', { name: 'Add your care team’s number' })).toHaveAttribute('href', '/care-plan');
    await expect(help.getByRole('link', { name: 'Call your sitter: Robin (555 0101)' })).toHaveAttribute(
      'href',
      'tel:5550101',
    );
    await expect(help.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start session' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('Note from your care team').fill('Dr Lee said to wait until tomorrow.');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await expect(page.getByText(/Dr Lee said to wait until tomorrow/)).toBeVisible();
    await expect(decision).toHaveAttribute('data-decision', 'hold');
    await expect(page.getByRole('link', { name: 'Start session' })).toHaveCount(0);

    await page.reload();
    await page.goto('/check-in/history');
    await expect(screenHeading(page)).toHaveText('Check-in history');
    const record = page.getByTestId('check-in-record').first();
    await expect(record).toHaveAttribute('data-decision', 'hold');
    await expect(record).toContainText('Dr Lee said to wait until tomorrow.');
    await expectNoAxeViolations(page);
  });

  test('a check-in is ready after a re-check (150/95, then 130/85) and offers to start the session', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    await startOffline(page, context);
    await answerScreeningAllNo(page);
    await answerStepsUpToReadings(page);
    await enterReading(page, 'first', 150, 95, 80);
    await next(page);
    await expect(page.getByRole('button', { name: /Measure again at/ })).toBeDisabled();
    await page.clock.fastForward('05:01');
    await expect(page.getByText('Your rest is done.', { exact: false })).toBeVisible();
    await enterReading(page, 'second', 130, 85, 76);
    await next(page);
    await expect(page.getByTestId('readiness-decision')).toHaveAttribute('data-decision', 'ready');
    const start = page.getByRole('link', { name: 'Start session' });
    await expect(start).toHaveAttribute('href', /^\/session\?readiness=[\w-]+$/);
    await expectNoAxeViolations(page);

    await page.reload();
    await page.goto('/check-in/history');
    const record = page.getByTestId('check-in-record').first();
    await expect(record).toHaveAttribute('data-decision', 'ready');
    await expect(record).toContainText('150/95');
    await expect(record).toContainText('measured again: 130/85');
    await page.goto('/');
    await expect(page.getByTestId('readiness-card')).toContainText(/Last check-in .*ready/);
  });

  test('the safety screens pass axe in the dim theme and fit a 360 px screen at 200% text', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await completeFirstRun(page);
    await page.goto('/settings');
    // A controlled radio that turns once the setting is saved: click, then wait for the theme.
    await page.getByLabel('Dim (for the session room)').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    for (const path of ['/check-in', '/check-in/screening', '/check-in/history', '/settings/pack', '/check-in#step']) {
      await page.goto(path);
      if (path.endsWith('#step')) await page.getByRole('button', { name: 'Start the check-in' }).click();
      await expect(screenHeading(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });

  test('a clinic pack from a link is shown as a difference, applied on consent, and can be restored', async ({
    page,
    context,
  }) => {
    await startOffline(page, context);
    const clinic = structuredClone(DEFAULT_PACK);
    clinic.id = 'clinic';
    clinic.name = 'Riverside Clinic rules';
    clinic.version = '4';
    clinic.readiness.bloodPressure.hold.systolic = 150;
    await page.goto(`/settings/pack${encodePackFragment(clinic)}`);
    await expect(screenHeading(page)).toHaveText('Safety rules');
    await expect(page.getByTestId('pack-changes')).toContainText('Hold when systolic is above 160 → 150');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Apply these rules' }).click();
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules');
    await page.reload();
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules');

    await page.getByLabel('Pack file from your clinic').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...clinic, format: 7 })),
    });
    await expect(page.getByTestId('pack-message')).toContainText('format 7');
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules');

    await page.getByRole('button', { name: /Go back to Stillpoint default safety rules/ }).click();
    await expect(page.getByTestId('pack-current')).toContainText('Stillpoint default safety rules');
    await expectNoAxeViolations(page);
  });
});
