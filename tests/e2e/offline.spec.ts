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

  test("offline, a controlled start gets every hashed asset from the precache through the browser's static router", async ({
    page,
    context,
  }) => {
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    // Chromium's DevTools protocol names the source of each response the worker's router chose.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const sources = new Map<string, string>();
    // Only requests begun by the offline reload count: a chunk the first run asked for (the offline-ready notice)
    // may report in late, and it was never the controlled start's.
    const sinceReload = new Map<string, string>();
    let reloading = false;
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      if (reloading) sinceReload.set(requestId, new URL(request.url).pathname);
    });
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const path = new URL(response.url).pathname;
      if (sinceReload.has(requestId) && path.startsWith('/assets/'))
        sources.set(path, response.serviceWorkerRouterInfo?.actualSourceType ?? 'the worker');
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => {
      const path = sinceReload.get(requestId);
      if (path?.startsWith('/assets/')) sources.set(path, 'failed');
    });
    // Offline, so a lookup that missed the precache (a host's `Vary` header did that once) cannot pass as a hit.
    await context.setOffline(true);
    reloading = true;
    await page.reload();
    await expect(screenHeading(page)).toHaveText(/Today/);
    // The live app, not the prerendered frame: its scripts all came.
    await expect(page.locator('#first-frame')).toHaveCount(0);
    expect(sources.size).toBeGreaterThan(0);
    expect([...sources].filter(([, source]) => source !== 'cache')).toEqual([]);
  });
});
