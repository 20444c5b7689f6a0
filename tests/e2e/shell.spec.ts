import { expect, test } from '@playwright/test';
import {
  completeFirstRun,
  cspViolations,
  expectNoAxeViolations,
  ROUTES,
  screenHeading,
  watchCspViolations,
  watchForeignRequests,
} from './helpers';

test.describe('the app shell', () => {
  test('first run explains what the app is not, shows emergency numbers, and asks who is using it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
    await expect(page.getByText(/not medical advice/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toHaveAttribute('href', 'tel:988');
    await expectNoAxeViolations(page);
    await completeFirstRun(page, 'coach');
    await expect(screenHeading(page)).toHaveText('Your coaching space');
    await page.reload();
    await expect(screenHeading(page)).toHaveText('Your coaching space');
  });

  test('every route renders its screen, passes axe, makes no foreign request and breaks no CSP rule', async ({
    page,
    context,
    baseURL,
  }) => {
    // One first run for all routes: a first run per route cost more than the routes themselves.
    test.setTimeout(30_000 + ROUTES.length * 5_000);
    const foreign = watchForeignRequests(context, baseURL ?? '');
    await watchCspViolations(context);
    await completeFirstRun(page);
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(screenHeading(page), route.path).toHaveText(route.heading);
      await test.step(`axe on ${route.path}`, () => expectNoAxeViolations(page));
      expect(await cspViolations(page), route.path).toEqual([]);
      expect(foreign, route.path).toEqual([]);
    }
  });

  test('the help button is on every screen and opens the emergency card', async ({ page }) => {
    test.setTimeout(30_000 + ROUTES.length * 3_000);
    await completeFirstRun(page);
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(screenHeading(page)).toHaveText(route.heading);
      await page.getByRole('link', { name: 'Help now', exact: true }).click();
      await expect(screenHeading(page), `from ${route.path}`).toHaveText('Get help now');
    }
  });

  test('the server sends a strict security policy', async ({ request }) => {
    const response = await request.get('/');
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
  });

  test('the dim theme passes axe too, contrast included', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/settings');
    // The theme is a controlled radio that turns once the setting is saved: click, then wait for it to turn.
    await page.getByLabel('Dim (for the session room)').click();
    await expect(page.getByLabel('Dim (for the session room)')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    for (const path of ['/', '/emergency', '/settings']) {
      await page.goto(path);
      // Each screen loads when visited: check it once it shows, not the shell before it.
      await expect(screenHeading(page)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('text scales to 200% without content spilling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await completeFirstRun(page);
    for (const path of ['/', '/emergency', '/settings']) {
      await page.goto(path);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });

  test('settings say whether the browser keeps the data, and what that means', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/settings');
    await expect(page.getByTestId('persistence-state')).toHaveText(/Kept safe: (yes|not promised)/);
  });
});
