import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  answerScreeningAllNo,
  answerStepsUpToReadings,
  checkIn,
  enterReading,
  next,
  startOffline,
} from './check-in-steps';
import { expectNoAxeViolations, screenHeading } from './helpers';
import { PRESCRIPTION_WITH_BOOSTER, seedCareTeam, storedSessions } from './session-db';

// After a hold, every way to a dose records none: the start screen (a stale one in a second tab, Back, the link with
// the old or a made-up check-in id), a resumed session and a booster. Each is checked in storage, not on screen.

/** No stored session has a dose recorded. */
async function expectNoDoseStored(page: Page): Promise<void> {
  const sessions = await storedSessions(page);
  expect(sessions.filter((s) => s.dosedAt || s.steps?.some((step) => step.kind === 'dose'))).toEqual([]);
}

/** Offline, with a care team and prescription, screening done and a ready check-in: on the start screen it opened. */
async function openStartScreenAfterReadyCheckIn(page: Page, context: BrowserContext): Promise<void> {
  await startOffline(page, context);
  await seedCareTeam(page, PRESCRIPTION_WITH_BOOSTER);
  await answerScreeningAllNo(page);
  await checkIn(page);
  await page.getByRole('link', { name: 'Start session' }).click();
}

async function expectRefused(page: Page, why: string): Promise<void> {
  await expect(page.getByTestId('dose-refused')).toHaveAttribute('data-why', why);
}

test.describe('the dose rule: a hold cannot be passed by any route', () => {
  // Each journey goes through two or three whole check-ins in two tabs; on a shared two-core machine that can pass
  // the default minute without anything being wrong.
  test.describe.configure({ timeout: 150_000 });

  test('after a hold, no start screen starts a session: a stale second tab, Back, the old id, a made-up id', async ({
    page,
    context,
  }) => {
    await openStartScreenAfterReadyCheckIn(page, context);
    await expect(screenHeading(page)).toHaveText('Start your session');
    const oldUrl = page.url();
    await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible();

    // A second tab opens the start screen while the check-in still passes.
    const second = await context.newPage();
    await second.goto(oldUrl);
    await expect(second.getByRole('button', { name: 'Start the session' })).toBeVisible();

    // Then a later check-in holds, and the hold screen has everyone's number on it.
    await page.goto('/check-in');
    await checkIn(page, { alcohol: true });
    const help = page.getByTestId('hold-help');
    await expect(
      help.getByRole('link', { name: 'Call your care team: Clinic nurse line (+1 555 010 2030)' }),
    ).toHaveAttribute('href', 'tel:+15550102030');
    await expect(help.getByRole('link', { name: 'Call your sitter: Robin (555 0101)' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start session' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The stale second tab: its button asks the rule again at the tap, and refuses.
    await second.getByRole('button', { name: 'Start the session' }).click();
    await expectRefused(second, 'hold');
    await expect(second.getByTestId('hold-help').getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(second.getByRole('button', { name: 'Start the session' })).toHaveCount(0);
    await expectNoAxeViolations(second);
    expect(await storedSessions(page)).toEqual([]);

    // Back to the start screen the first check-in opened.
    for (let steps = 0; steps < 6 && page.url() !== oldUrl; steps++) await page.goBack();
    await expect(page).toHaveURL(oldUrl);
    await expectRefused(page, 'hold');
    await expect(page.getByRole('button', { name: 'Start the session' })).toHaveCount(0);

    // The link with the old check-in's id, and with one that never existed.
    await page.goto(oldUrl);
    await expectRefused(page, 'hold');
    await expect(page.getByText('The check-in this link names is not your latest one.')).toBeVisible();
    await page.goto('/session?readiness=not-a-real-check-in');
    await expectRefused(page, 'hold');
    await expect(page.getByText('The check-in this link names was not found.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the session' })).toHaveCount(0);
    expect(await storedSessions(page)).toEqual([]);
  });

  test('a session under way records no dose and no booster past a later hold, until a new check-in passes', async ({
    page,
    context,
  }) => {
    await openStartScreenAfterReadyCheckIn(page, context);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(screenHeading(page)).toHaveText('Your session');

    const other = await context.newPage();
    await other.goto('/check-in');
    await checkIn(other, { alcohol: true });

    // The session screen was opened before the hold; the tap reads storage again.
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expectRefused(page, 'hold');
    await expectNoDoseStored(page);
    // Resumed after a reload: the same.
    await page.reload();
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expectRefused(page, 'hold');
    await expectNoDoseStored(page);
    await expectNoAxeViolations(page);

    // A new check-in that passes ends the hold, and the dose is kept with it.
    await other.goto('/check-in');
    await checkIn(other);
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expect(page.getByText(/^You took your dose at/)).toBeVisible();
    const [dosed] = await storedSessions(page);
    expect(dosed?.dosedAt).toBeTruthy();

    // A later hold stops the booster too.
    await other.goto('/check-in');
    await checkIn(other, { alcohol: true });
    await page.getByRole('button', { name: 'Record that I took the booster' }).click();
    await expectRefused(page, 'hold');
    const [after] = await storedSessions(page);
    expect(after?.steps?.map((step) => step.kind)).toEqual(['dose']);
  });

  test('a caution goes ahead only once the person records that their care team allows it', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    await startOffline(page, context);
    await seedCareTeam(page, PRESCRIPTION_WITH_BOOSTER);
    await answerScreeningAllNo(page);
    await answerStepsUpToReadings(page);
    await enterReading(page, 'first', 150, 85, 72);
    await next(page);
    await page.clock.fastForward('05:01');
    await enterReading(page, 'second', 150, 85, 72);
    await next(page);
    await expect(page.getByTestId('readiness-decision')).toHaveAttribute('data-decision', 'caution');
    await expect(
      page.getByText('Blood pressure 150/85 is in the caution range (above 140/90, not above 160/90).'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start session' })).toHaveCount(0);
    await page.goto('/session');
    await expectRefused(page, 'caution-not-allowed');

    await page.goto('/care-plan');
    const allow = page.getByLabel('My care team told me I may go ahead in the caution range');
    await expect(
      page.getByText(/The caution range is blood pressure above 140\/90, but not above 160\/90/),
    ).toBeVisible();
    await allow.check();
    await page.getByRole('button', { name: 'Save care plan' }).click();
    await expect(page.getByText('Write what your care team told you, in a few words.')).toBeVisible();
    await page.getByLabel('What they told you, and who').fill('Nurse Kim: fine up to 160 on the top number');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save care plan' }).click();
    await expect(page.getByText(/Your care plan is saved/)).toBeVisible();

    await page.goto('/session');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'I took my dose' }).click();
    await expect(page.getByText(/^You took your dose at/)).toBeVisible();
    const [session] = await storedSessions(page);
    expect(session?.dosedAt).toBeTruthy();
  });
});
