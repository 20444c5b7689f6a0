import { expect, type Page, test } from '@playwright/test';
import {
  completeFirstRun,
  expectNoAxeViolations,
  framesDrawnFor,
  screenHeading,
  waitForServiceWorker,
} from './helpers';

/** Reads "4:32 left" from the practice screen as seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('.breath-guide__left').textContent()) ?? '';
  const [, minutes, seconds] = /(\d+):(\d\d) left/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
}

/** Whether every stored practice record is paused: a reload before the pause is saved would rightly resume. */
function everyStoredPracticePaused(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => {
          const all = open.result.transaction('practices').objectStore('practices').getAll();
          all.onsuccess = () => {
            open.result.close();
            const records = all.result as { pausedAtMs: number | null }[];
            resolve(records.length > 0 && records.every((record) => record.pausedAtMs !== null));
          };
        };
      }),
  );
}

async function startFromLibrary(page: Page, name: string): Promise<void> {
  await page.goto('/breathe');
  await page.getByRole('link', { name: `Start ${name}` }).click();
  await expect(screenHeading(page)).toHaveText(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.breath-guide__word')).toHaveText(/Breathe in|Hold|Breathe out|A little more in/);
}

test.describe('breathwork', () => {
  test.beforeEach(async ({ page }) => {
    await completeFirstRun(page);
  });

  test('a practice starts, pauses, resumes and stops, and is logged', async ({ page }) => {
    await page.goto('/breathe');
    await expect(screenHeading(page)).toHaveText('Breathe');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start Box breathing' }).click();
    await expect(page.getByText('Source: Röttger')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.breath-guide__word')).toHaveText('Breathe in');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.locator('.breath-guide__word')).toHaveText('Paused');
    const whilePaused = await secondsLeft(page);
    // Long enough for a running countdown to tick, with the page drawing all the while.
    await framesDrawnFor(page, 1500);
    expect(await secondsLeft(page)).toBe(whilePaused);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.locator('.breath-guide__word')).not.toHaveText('Paused');

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByText(/Practice logged: .* of Box breathing, stopped early/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to Breathe' }).click();
    await expect(page.locator('.practice-log')).toContainText('Box breathing');
    await expect(page.locator('.practice-log')).toContainText('stopped early');
  });

  test('a person makes, changes and deletes their own pattern, with mistakes explained', async ({ page }) => {
    await page.goto('/breathe');
    await page.getByRole('link', { name: 'Make a pattern' }).click();
    await expect(screenHeading(page)).toHaveText('Make a pattern');
    await page.getByLabel('Seconds for phase 1').fill('40');
    await page.getByRole('button', { name: 'Save pattern' }).click();
    await expect(page.getByText('Give the pattern a name.')).toBeVisible();
    await expect(page.getByText('Each phase must be between 0 and 30 seconds.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Name').fill('Evening');
    await page.getByLabel('Seconds for phase 1').fill('5');
    await page.getByRole('button', { name: 'Remove phase 3' }).click();
    await page.getByRole('button', { name: 'Save pattern' }).click();
    await expect(
      page.getByText('A pattern needs at least one breath out that lasts longer than 0 seconds.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add a phase' }).click();
    await page.getByLabel('Phase 3', { exact: true }).selectOption('exhale');
    await page.getByLabel('Seconds for phase 3').fill('7');
    await page.getByRole('button', { name: 'Save pattern' }).click();

    await expect(screenHeading(page)).toHaveText('Breathe');
    await expect(page.getByRole('heading', { name: 'Evening' })).toBeVisible();
    await expect(page.getByText('Seconds: 5 · 2 · 7.')).toBeVisible();

    await page.getByRole('link', { name: 'Edit Evening' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Evening');
    await page.getByLabel('Name').fill('Evening wind-down');
    await page.getByRole('button', { name: 'Save pattern' }).click();
    await expect(page.getByRole('heading', { name: 'Evening wind-down' })).toBeVisible();

    await page.getByRole('link', { name: 'Start Evening wind-down' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.breath-guide__word')).toHaveText('Breathe in');
    await page.getByRole('button', { name: 'Stop' }).click();

    await page.goto('/breathe');
    await page.getByRole('link', { name: 'Edit Evening wind-down' }).click();
    await page.getByRole('button', { name: 'Delete pattern' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(screenHeading(page)).toHaveText('Breathe');
    await expect(page.getByRole('heading', { name: 'Evening wind-down' })).toHaveCount(0);
    await expect(page.locator('.practice-log')).toContainText('Evening wind-down');
  });

  test('a reload in the middle of a practice resumes it where it was, not from the start', async ({ page }) => {
    await startFromLibrary(page, 'Coherent breathing');
    const url = page.url();
    const atStart = await secondsLeft(page);
    await expect.poll(() => secondsLeft(page), { timeout: 10_000 }).toBeLessThanOrEqual(atStart - 3);
    await page.reload();
    await expect(screenHeading(page)).toHaveText('Coherent breathing');
    expect(page.url()).toBe(url);
    await expect(page.locator('.breath-guide__word')).toHaveText(/Breathe in|Breathe out/);
    expect(await secondsLeft(page)).toBeLessThanOrEqual(atStart - 3);
    await expect(page.locator('.breath-guide__word')).toHaveText('Breathe out', { timeout: 8000 });

    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await secondsLeft(page);
    await expect.poll(() => everyStoredPracticePaused(page)).toBe(true);
    await page.reload();
    await expect(page.locator('.breath-guide__word')).toHaveText('Paused');
    expect(await secondsLeft(page)).toBe(paused);
    await page.goto('/breathe');
    await expect(page.getByText('Your Coherent breathing practice is paused.')).toBeVisible();
    await page.getByRole('link', { name: 'Continue the practice' }).click();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  });

  test('the check-in link /breathe?pattern=coherent&minutes=5 opens coherent breathing for five minutes', async ({
    page,
  }) => {
    await page.goto('/breathe?pattern=coherent&minutes=5');
    await expect(screenHeading(page)).toHaveText('Coherent breathing');
    await expect(page.getByLabel('Length')).toHaveValue('5');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page).toHaveURL(/\/breathe\/practice\//);
    await expect(page.locator('.breath-guide__word')).toHaveText('Breathe in');
    expect(await secondsLeft(page)).toBeGreaterThan(4 * 60 + 50);
  });

  test('under reduced motion the guide is still: words, a count and a progress bar', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startFromLibrary(page, '4-7-8 breathing');
    await expect(page.locator('.breath-guide--still')).toBeVisible();
    await expect(page.locator('.breath-guide__circle')).toHaveCount(0);
    await expect(page.locator('.breath-guide__count')).toHaveText(/^[1-4]$/);
    await expect(page.locator('.breath-guide__progress')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('dim mode turns the screen pure black and stays readable; eyes-closed mode shows no guide', async ({ page }) => {
    await startFromLibrary(page, 'Cyclic sighing');
    await page.getByLabel('Dim screen (pure black)').click();
    const dim = page.locator('.practice--dim');
    await expect(dim).toBeVisible();
    expect(await dim.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expect(page.getByRole('link', { name: 'Get help now' }).last()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Leave dim screen' }).click();
    await expect(dim).toHaveCount(0);

    await page.getByLabel('Eyes closed (sound only)').click();
    await expect(page.getByText('Sound only. Rest your eyes.')).toBeVisible();
    await expect(page.locator('.breath-guide')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('works offline: the library opens and a practice runs with the network off', async ({ page, context }) => {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/breathe');
    await expect(screenHeading(page)).toHaveText('Breathe');
    await startFromLibrary(page, 'Box breathing');
    await page.reload();
    await expect(screenHeading(page)).toHaveText('Box breathing');
  });
});
