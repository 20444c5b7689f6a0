import { expect, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';

test.describe('What to expect', () => {
  test('every reading in the library opens offline and passes axe', async ({ page, context }) => {
    // Fourteen readings, each checked by axe: more work than one default test slot allows on a shared machine.
    test.setTimeout(300_000);
    await completeFirstRun(page);
    await page.goto('/learn');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(screenHeading(page)).toHaveText('What to expect');
    await expectNoAxeViolations(page);
    const links = page.locator('main a.step-link');
    const readings = await links.evaluateAll((all) =>
      all.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.querySelector('strong')?.textContent ?? '' })),
    );
    expect(readings.length).toBeGreaterThanOrEqual(14);
    for (const reading of readings) {
      await page.goto(reading.href);
      await expect(screenHeading(page), reading.href).toHaveText(reading.title);
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(page.getByText(/Last reviewed/)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('a rule link lands on the section that explains the rule, with focus there', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/learn/rule/recheck');
    await expect(screenHeading(page)).toHaveText('Why we check blood pressure and heart rate');
    await expect(page.getByRole('heading', { name: 'Why a second reading' })).toBeFocused();
  });

  test('how it works names its studies and says the research is ongoing', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/learn/how-it-works');
    await expect(page.getByRole('heading', { name: 'An area of active research' })).toBeVisible();
    for (const study of [/Berman RM/, /Li N, Lee B/, /Duman RS, Aghajanian GK/, /Abdallah CG/])
      await expect(page.getByText(study)).toBeVisible();
  });

  test('an unknown reading or rule says so plainly, inside the learn area', async ({ page }) => {
    await completeFirstRun(page);
    for (const path of ['/learn/no-such-reading', '/learn/rule/no-such-rule']) {
      await page.goto(path);
      await expect(screenHeading(page)).toHaveText('Reading not found');
      await expect(page.getByRole('link', { name: 'Go to What to expect' })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

test('readings, preparation and the emergency screens fit a 360 px screen at 200% text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await completeFirstRun(page);
  for (const path of ['/learn', '/learn/how-it-works', '/prepare', '/emergency', '/sitter', '/care-plan']) {
    await page.goto(path);
    await expect(screenHeading(page)).toBeVisible();
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});

test('the reading library stays out of the first-screen bundle', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const code = await (await request.get(script ?? '')).text();
    expect(code, script).not.toContain('How ketamine is thought to work');
    expect(code, script).not.toContain('The recovery position');
  }
});

test.describe('readings from where they help', () => {
  test('open offline from the check-in, session mode and the journal', async ({ page, context }) => {
    await completeFirstRun(page);
    await page.goto('/check-in');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const places: { from: string; start?: string; link: RegExp; heading: RegExp }[] = [
      {
        from: '/check-in',
        start: 'Start the check-in',
        link: /Why wait after eating/,
        heading: /Why not eating or drinking before/,
      },
      { from: '/session', link: /What a session usually feels like/, heading: /What a session can feel like/ },
      { from: '/journal', link: /Why writing it down helps/, heading: /The days after: integration/ },
    ];
    for (const place of places) {
      await page.goto(place.from);
      if (place.start) await page.getByRole('button', { name: place.start }).click();
      await page.getByRole('link', { name: place.link }).first().click();
      await expect(screenHeading(page), `from ${place.from}`).toHaveText(place.heading);
      await expectNoAxeViolations(page);
    }
  });
});
