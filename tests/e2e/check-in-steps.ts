// The steps a person takes through screening and the session-day check-in, shared by the safety and dose-rule journeys.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';

/** A time this many hours ago, as a datetime-local field takes it. */
export function localHoursAgo(hours: number): string {
  const at = new Date(Date.now() - hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** First run, the service worker in control, then the network off: everything after runs offline. */
export async function startOffline(page: Page, context: BrowserContext): Promise<void> {
  await completeFirstRun(page);
  await waitForServiceWorker(page);
  const toast = page.getByRole('button', { name: 'OK' });
  if (await toast.isVisible()) await toast.click();
  await context.setOffline(true);
}

/** Answers every eligibility question no and saves. */
export async function answerScreeningAllNo(page: Page): Promise<void> {
  await page.goto('/check-in/screening');
  await expect(screenHeading(page)).toHaveText('Eligibility questions');
  for (const radio of await page.getByRole('radio', { name: 'No' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('Saved. You answered no to every question.')).toBeVisible();
}

/** Presses the step's Next button. */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Types one reading into the first or second reading's fields. */
export async function enterReading(page: Page, prefix: 'first' | 'second', sys: number, dia: number, pulse: number) {
  await page.locator(`#${prefix}-systolic`).fill(String(sys));
  await page.locator(`#${prefix}-diastolic`).fill(String(dia));
  await page.locator(`#${prefix}-heartRate`).fill(String(pulse));
}

/** Answers every step before the readings so that nothing else holds (unless `alcohol` says otherwise). */
export async function answerStepsUpToReadings(
  page: Page,
  options: { axe?: boolean; alcohol?: boolean } = {},
): Promise<void> {
  await page.goto('/check-in');
  await expect(screenHeading(page)).toHaveText('Session-day check-in');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByLabel('When did you last eat?').fill(localHoursAgo(6));
  await page.getByLabel('When did you last drink anything?').fill(localHoursAgo(3));
  await expect(page.getByText('Food: done.')).toBeVisible();
  if (options.axe) await expectNoAxeViolations(page);
  await next(page);
  await page.getByRole('radio', { name: options.alcohol ? 'Yes' : 'No' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'No, or I do not take one' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'I take no other medicines' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Sitter’s name').fill('Robin');
  await page.getByLabel('Sitter’s phone').fill('555 0101');
  if (options.axe) await expectNoAxeViolations(page);
  await next(page);
  await page.getByRole('radio', { name: 'Yes, it is ready' }).check();
  await next(page);
  await expect(page.getByRole('heading', { name: 'Blood pressure and heart rate' })).toBeVisible();
}

/** A whole check-in with a normal reading: ready, or hold when `alcohol` is answered yes. Returns the decision. */
export async function checkIn(page: Page, options: { alcohol?: boolean } = {}): Promise<void> {
  await answerStepsUpToReadings(page, options);
  await enterReading(page, 'first', 120, 80, 70);
  await next(page);
  await expect(page.getByTestId('readiness-decision')).toHaveAttribute(
    'data-decision',
    options.alcohol ? 'hold' : 'ready',
  );
}
