import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';
import {
  seedCareTeam,
  seedOlderActiveSession,
  seedPlannedSession,
  seedReadyCheckIn,
  storedDraftText,
  storedSessions,
} from './session-db';

// A fixed evening in London: the dose at 19:00 means driving waits for the morning of Sunday 22 November.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });
const EVENING = new Date('2026-11-21T19:00:00Z');

async function enterPrescription(page: Page, booster?: string): Promise<void> {
  await page.getByRole('link', { name: 'Enter your prescription' }).click();
  await expect(screenHeading(page)).toHaveText('Your prescription');
  await expectNoAxeViolations(page);
  await page.getByLabel('Medicine').fill('Ketamine lozenge');
  await page.getByLabel('Dose, as written').fill('One lozenge as directed by Dr Rivera');
  await page.getByLabel('Minutes to hold in the mouth').fill('10');
  await page.getByLabel('Spit').check();
  if (booster) {
    await page.getByLabel('My prescription includes a booster').check();
    await page.getByLabel('The booster instructions, as written').fill(booster);
  }
  await page.getByRole('button', { name: 'Save my prescription' }).click();
}

async function logObservation(page: Page, minutes: number): Promise<void> {
  const form = page.getByRole('form', { name: `Sitter observation: ${minutes} minutes` });
  await expect(form).toBeVisible();
  await form.getByLabel('Awake', { exact: true }).check();
  await form.getByRole('group', { name: 'Breathing normal' }).getByLabel('Yes').check();
  await form.getByLabel('None').check();
  await form.getByLabel('On side').check();
  await form.getByRole('button', { name: 'Save observation' }).click();
  await expect(page.getByTestId('observation-log')).toContainText(`${minutes} min`);
}

test.describe('session mode', () => {
  test('a whole session, offline: prescription, dose, sitter observations, a note, a reload, help, the end and after', async ({
    page,
    context,
  }) => {
    await page.clock.install({ time: EVENING });
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await seedCareTeam(page);
    await seedReadyCheckIn(page, 'evening-check-in');
    await context.setOffline(true);

    await page.goto('/session');
    await expect(screenHeading(page)).toHaveText('Start your session');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    await expectNoAxeViolations(page);
    await enterPrescription(page);

    await expect(screenHeading(page)).toHaveText('Start your session');
    await expect(page.getByText('One lozenge as directed by Dr Rivera')).toBeVisible();
    await expect(page.getByText("You are starting from today's check-in.")).toBeVisible();
    await page.getByRole('button', { name: 'Start the session' }).click();

    await expect(screenHeading(page)).toHaveText('Your session');
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expect(page.getByTestId('session-clock')).toHaveText(/^0:0\d$/);
    await expect(page.getByTestId('hold-timer')).toHaveText(/^(10:00|9:5\d) left of 10 minutes$/);
    await expect(page.getByRole('button', { name: /booster/i })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.clock.fastForward('10:00');
    await expect(page.getByText('Spit, as your prescriber instructed.', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(/^Done at/)).toBeVisible();

    await page.clock.fastForward('05:00');
    await expect(page.getByTestId('session-clock')).toHaveText(/^15:\d\d$/);
    await expectNoAxeViolations(page);
    await logObservation(page, 15);
    await expect(page.getByText('Next sitter observation at 30 minutes')).toBeVisible();

    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByLabel('Your note').fill('The music feels very far away.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByTestId('session-notes')).toContainText('The music feels very far away.');

    await page.clock.fastForward('15:00');
    await logObservation(page, 30);

    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByLabel('Your note').fill('Half a thought');
    await page.clock.fastForward('07:00');
    await expect.poll(() => storedDraftText(page)).toBe('Half a thought');
    await page.reload();
    await expect(screenHeading(page)).toHaveText('Your session');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    await expect(page.getByTestId('session-clock')).toHaveText(/^37:\d\d$/);
    await expect(page.getByTestId('observation-log')).toContainText('15 min');
    await expect(page.getByTestId('observation-log')).toContainText('30 min');
    await expect(page.getByTestId('session-notes')).toContainText('The music feels very far away.');
    await expect(page.getByLabel('Your note')).toHaveValue('Half a thought');
    await page.getByLabel('Your note').fill('Half a thought, finished.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByTestId('session-notes')).toContainText('Half a thought, finished.');
    await page.clock.fastForward('08:00');
    await expect(page.getByRole('form', { name: 'Sitter observation: 45 minutes' })).toBeVisible();

    await page.getByRole('link', { name: 'I need help' }).click();
    await expect(screenHeading(page)).toHaveText('Get help now');
    await page.goto('/');
    await expect(page.getByTestId('home-session-clock')).toHaveText(/^45:\d\d$/);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Return to your session' }).click();
    await expect(screenHeading(page)).toHaveText('Your session');

    await page.getByRole('button', { name: 'End the session' }).click();
    await page.getByLabel('Blood pressure, top number').fill('118');
    await page.getByLabel('Blood pressure, bottom number').fill('128');
    await page.getByLabel('Heart rate').fill('74');
    await page.getByRole('button', { name: 'Save and end the session' }).click();
    await expect(page.getByText(/bottom number should be lower/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Blood pressure, bottom number').fill('78');
    await page.getByRole('button', { name: 'Save and end the session' }).click();

    await expect(screenHeading(page)).toHaveText('Your session has ended');
    await expect(page.getByRole('link', { name: 'Write in your journal' })).toHaveAttribute(
      'href',
      /^\/journal\/new\?session=.+/,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /After the session/ }).click();

    await expect(screenHeading(page)).toHaveText('After the session');
    await expect(page.getByTestId('driving-time')).toHaveText(
      /^Not before tomorrow morning \(Sunday,? 22 November 2026\)$/,
    );
    await expect(page.getByTestId('latest-vitals')).toContainText('118/78, heart rate 74');
    await page.getByRole('group', { name: 'Headache' }).getByLabel('Severe').check();
    await expect(page.getByRole('link', { name: /Call your care team/ })).toHaveAttribute('href', 'tel:+15550102030');
    await page.getByRole('button', { name: 'Save how you feel' }).click();
    await expect(page.getByText('Saved with this session.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('group', { name: 'Headache' }).getByLabel('Severe')).toBeChecked();

    await page.getByRole('link', { name: 'Past sessions' }).click();
    await expect(screenHeading(page)).toHaveText('Past sessions');
    await expect(page.getByText(/^Note at .*The music feels very far away.$/)).toBeVisible();
    await expect(page.getByText(/^Dose taken at/)).toBeVisible();
    await expect(
      page.getByText('Sitter observation at 30 min: awake, breathing normal, no nausea, on side'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a session stored before observations had their name shows every one, and saves the next under the new name', async ({
    page,
  }) => {
    await page.clock.install({ time: EVENING });
    await completeFirstRun(page);
    await seedOlderActiveSession(page, new Date(EVENING.getTime() - 20 * 60_000).toISOString());
    await page.goto('/session');
    await expect(screenHeading(page)).toHaveText('Your session');
    await expect(page.getByTestId('observation-log')).toContainText('15 min');
    await expect(page.getByTestId('observation-log')).toContainText('asleep, breathing normal');
    await expect(page.getByLabel('After the first hour, an observation every')).toHaveValue('45');
    await expect(page.getByText('Next sitter observation at 30 minutes')).toBeVisible();
    await page.clock.fastForward('10:00');
    await logObservation(page, 30);
    const [stored] = await storedSessions(page);
    expect(stored?.observations?.map((o) => o.dueMinute)).toEqual([15, 30]);
    expect(stored?.observationLaterMinutes).toBe(45);
    expect(stored).not.toHaveProperty('checkIns');
    expect(stored).not.toHaveProperty('checkInLaterMinutes');
  });

  test('a planned session started from a readiness check-in keeps both ids, and records a prescribed booster', async ({
    page,
  }) => {
    await completeFirstRun(page);
    await seedPlannedSession(page);
    await seedReadyCheckIn(page, 'readiness-42');
    await page.goto('/session?readiness=readiness-42');
    await enterPrescription(page, 'Second lozenge only if written on the day sheet');
    await expect(page).toHaveURL(/\/session\?readiness=readiness-42$/);
    await expect(page.getByText("You are starting from today's check-in.")).toBeVisible();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(screenHeading(page)).toHaveText('Your session');
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expect(page.getByText('Second lozenge only if written on the day sheet', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Record that I took the booster' }).click();
    await expect(page.getByText(/^You took the booster at \d\d:\d\d\.$/)).toBeVisible();
    const sessions = await storedSessions(page);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: 'planned-7', status: 'active', readinessId: 'readiness-42' });
    expect(sessions[0]?.steps?.map((step) => step.kind)).toEqual(['dose', 'booster']);
  });

  test('leaving session mode puts the person’s own theme back', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/session');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  });

  test('session screens fit a 360 px screen at 200% text', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await completeFirstRun(page);
    await seedReadyCheckIn(page);
    await page.goto('/session');
    await enterPrescription(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'I took my dose' }).click();
    for (const path of ['/session', '/session/prescription', '/session/after', '/session/history']) {
      await page.goto(path);
      await expect(screenHeading(page)).toBeVisible();
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });
});
