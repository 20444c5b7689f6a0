import { expect, type Request, test } from '@playwright/test';
import { completeFirstRun, ROUTES, screenHeading, waitForServiceWorker } from './helpers';

test.describe('offline', () => {
  test('the service worker takes control on the first visit and says the app now works offline', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await expect(page.getByText('Stillpoint is ready to work offline.')).toBeVisible();
  });

  test('with the network off, every route reloads and cold deep links open, all from the service worker', async ({
    page,
    context,
  }) => {
    // Two loads per route, each checked: the time allowed grows with the route list.
    test.setTimeout(30_000 + ROUTES.length * 4_000);
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    // Only requests made with the network off count: one begun before it (seen once in CI) proves nothing here.
    const madeOffline = new Set<Request>();
    context.on('request', (request) => madeOffline.add(request));
    const fromNetwork: string[] = [];
    context.on('requestfinished', async (request) => {
      if (!madeOffline.has(request)) return;
      // A cold-link page may already be closed when its last request reports in; that request was checked already.
      const response = await request.response().catch(() => null);
      if (response && !response.fromServiceWorker() && !request.url().startsWith('data:'))
        fromNetwork.push(request.url());
    });
    for (const route of ROUTES) {
      await page.goto(route.path);
      await page.reload();
      await expect(screenHeading(page), route.path).toHaveText(route.heading);
    }
    for (const route of ROUTES) {
      const fresh = await context.newPage();
      await fresh.goto(route.path);
      await expect(screenHeading(fresh), `cold ${route.path}`).toHaveText(route.heading);
      await fresh.close();
    }
    expect(fromNetwork).toEqual([]);
  });
});
