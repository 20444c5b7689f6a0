// The prerendered first frame (issue 16): the first paint needs no script and no request after the HTML (its script
// and stylesheet are inline, allowed by CSP hash), Help now works before the app loads, and the live app takes over
// without moving anything.
import { expect, type Page, test } from '@playwright/test';
import { inlineBlocks, sha256Source } from '../../scripts/csp-hashes';
import { CRISIS_COUNTRIES } from '../../src/content/crisis-countries';
import { smsHref, telHref } from '../../src/lib/phone-links';
import {
  completeFirstRun,
  cspViolations,
  expectNoAxeViolations,
  screenHeading,
  waitForServiceWorker,
  watchCspViolations,
} from './helpers';

/** Every supported country's numbers are on the page, each under the country's name, as call and text links. */
async function expectEveryCountryListed(page: Page): Promise<void> {
  expect(CRISIS_COUNTRIES.length).toBe(6);
  for (const country of CRISIS_COUNTRIES) {
    const section = page.getByRole('region', { name: country.name, exact: true });
    await expect(section).toBeVisible();
    for (const line of country.resources) {
      // The link says the number as people there write it ("9-8-8", "116 123") and dials its digits.
      const shown = line.shown ?? line.number;
      const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: line.name }) });
      if (line.channels.includes('call'))
        await expect(item.getByRole('link', { name: `Call ${shown}` })).toHaveAttribute('href', telHref(line.number));
      if (line.channels.includes('text'))
        await expect(item.getByRole('link', { name: new RegExp(`^Text .*${shown}$`) })).toHaveAttribute(
          'href',
          smsHref(line.number, line.textBody),
        );
    }
  }
}

/** Sums the layout shifts the page has seen since it started loading. */
function layoutShiftTotal(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
          resolve(shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer never fires; a frame later the buffered list has been delivered.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
      }),
  );
}

/** The stylesheets the page has requested so far (the start stylesheet is inline: it must never be fetched too). */
function stylesheetRequests(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.css')),
  );
}

/**
 * Before each page load, notes at DOMContentLoaded (which follows the start bundle's evaluation, and comes before its
 * first render: that runs in a task of its own) whether the app has rendered yet and whether the home screen's code
 * has been asked for (Vite's modulepreload links for it). Read with noted(page, 'atContentLoaded').
 */
async function watchStartAtContentLoaded(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const homeAsked = document.querySelector('link[rel="modulepreload"][href*="/home-"]') !== null;
      const rendered = document.getElementById('app')?.firstChild != null;
      document.documentElement.dataset.atContentLoaded = JSON.stringify({ rendered, homeAsked });
    });
  });
}

/**
 * Before each page load, notes the moment the first screen marks itself usable: which icon the page names and
 * whether any icon has been fetched yet. Read with noted(page, 'iconAtUsable').
 */
async function watchIconAtUsable(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body?.dataset.usable) return;
      observer.disconnect();
      const href = document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? null;
      const fetched = performance
        .getEntriesByType('resource')
        .some((entry) => /\/(icon\.svg|favicon\.ico)$/.test(entry.name));
      document.documentElement.dataset.iconAtUsable = JSON.stringify({ href, fetched });
    }).observe(document, { attributes: true, attributeFilter: ['data-usable'], childList: true, subtree: true });
  });
}

/** What a watch* init script noted on the current page, under its key on <html>'s dataset. */
async function noted(page: Page, key: 'atContentLoaded' | 'iconAtUsable'): Promise<unknown> {
  return JSON.parse((await page.evaluate((name) => document.documentElement.dataset[name], key)) ?? 'null');
}

/** Once the page names the app's icon, it is fetched, and /favicon.ico never is. */
async function expectAppIconShown(page: Page): Promise<void> {
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/icons/icon.svg');
  const fetchedIcons = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/(icon\.svg|favicon\.ico)$/.test(path)),
    );
  await expect.poll(fetchedIcons).toEqual(['/icons/icon.svg']);
}

/** The sources a policy lists for one directive. */
function sources(policy: string, directive: string): string[] {
  const found = policy.split(/;\s*/).find((d) => d.startsWith(`${directive} `));
  return found ? found.split(' ').slice(1) : [];
}

test.describe('the first paint needs only the HTML', () => {
  test('the head fetches nothing before the paint, and the CSP allows its inline script and style by hash', async ({
    request,
  }) => {
    const response = await request.get('/');
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    // A classic script with a src stops the parser until it arrives; a module script waits until after parsing.
    const blocking = [...head.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => /\ssrc=/.test(tag) && !/\stype="module"|\s(async|defer)\b/.test(tag));
    expect(blocking).toEqual([]);
    expect(head).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    const inline = inlineBlocks(html);
    expect(inline.scripts).toHaveLength(1);
    expect(inline.styles).toHaveLength(1);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(sources(policy, 'script-src')).toEqual(["'self'", ...inline.scripts.map(sha256Source)]);
    expect(sources(policy, 'style-src')).toEqual(["'self'", ...inline.styles.map(sha256Source)]);
  });

  test('the browser runs the inline parts under that policy, and fetches no stylesheet for the welcome screen', async ({
    page,
    context,
  }) => {
    await watchCspViolations(context);
    await page.goto('/');
    await expect(page.locator('body[data-usable="welcome"]')).toBeAttached();
    expect(await cspViolations(page)).toEqual([]);
    expect(await stylesheetRequests(page)).toEqual([]);
  });
});

test.describe('the first frame without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the welcome screen and a Help now that opens every country’s numbers', async ({ page }) => {
    await page.goto('/');
    await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
    // Hidden by the inline start stylesheet: without it (say, blocked by the CSP) the frame's navigation would show.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const help = page.getByRole('link', { name: 'Help now' });
    await expect(help).toHaveAttribute('href', '/help-now.html');
    await help.click();
    await expect(screenHeading(page)).toHaveText('Help now');
    await expectEveryCountryListed(page);
  });
});

test.describe('the first frame with JavaScript', () => {
  test('the emergency page passes axe and the CSP, and is there offline', async ({ page, context }) => {
    await watchCspViolations(context);
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/help-now.html');
    await expect(screenHeading(page)).toHaveText('Help now');
    await expectEveryCountryListed(page);
    await expectNoAxeViolations(page);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('the app takes over the welcome frame without a shift, and Help now goes to the app’s own screen', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('body[data-usable="welcome"]')).toBeAttached();
    await expect(page.locator('#first-frame')).toHaveCount(0);
    expect(await layoutShiftTotal(page)).toBe(0);
    await expect(page.getByRole('link', { name: 'Help now' })).toHaveAttribute('href', '/emergency');
    await expectNoAxeViolations(page);
  });

  test('a returning person gets the home frame, and the app takes it over without a shift', async ({ page }) => {
    await completeFirstRun(page);
    await page.reload();
    // Set by the inline first-frame script alone: it ran, before the app did.
    await expect(page.locator('html')).toHaveClass(/\bff-home\b/);
    await expect(page.locator('body[data-usable="home"]')).toBeAttached();
    await expect(page.locator('#first-frame')).toHaveCount(0);
    expect(await layoutShiftTotal(page)).toBe(0);
    await expect(screenHeading(page)).toHaveText('Today');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await stylesheetRequests(page)).toEqual([]);
  });

  test('a returning person’s home code is asked for before the app renders; a first visit never asks for it', async ({
    page,
  }) => {
    await watchStartAtContentLoaded(page);
    await page.goto('/');
    await expect(page.locator('body[data-usable="welcome"]')).toBeAttached();
    // The welcome path stays as it is: fetching the home screen there competed with the entry bundle (a later LCP).
    expect(await noted(page, 'atContentLoaded')).toEqual({ rendered: false, homeAsked: false });
    await completeFirstRun(page);
    await page.reload();
    await expect(page.locator('body[data-usable="home"]')).toBeAttached();
    expect(await noted(page, 'atContentLoaded')).toEqual({ rendered: false, homeAsked: true });
  });

  test('the tab’s icon is fetched only once the first screen is usable, on a first visit and a return', async ({
    page,
  }) => {
    // Chromium draws an SVG icon on the page's main thread, and fetches it: neither may slow the first screen.
    await watchIconAtUsable(page);
    await page.goto('/');
    await expect(page.locator('body[data-usable="welcome"]')).toBeAttached();
    expect(await noted(page, 'iconAtUsable')).toEqual({ href: 'data:,', fetched: false });
    await expectAppIconShown(page);
    await completeFirstRun(page);
    await page.reload();
    await expect(page.locator('body[data-usable="home"]')).toBeAttached();
    expect(await noted(page, 'iconAtUsable')).toEqual({ href: 'data:,', fetched: false });
    await expectAppIconShown(page);
  });
});

test.describe('the first frame asks for the home screen’s code', () => {
  // Without the service worker, so a route can hold the start bundle back (a worker's answers pass no route).
  test.use({ serviceWorkers: 'block' });

  test('a returning person’s home modules are asked for by the first-frame script, not only once the bundle runs', async ({
    page,
  }) => {
    await completeFirstRun(page);
    await page.reload();
    await expect(page.locator('body[data-usable="home"]')).toBeAttached();
    // What the home screen loaded beyond the start bundle, as the build split it.
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/assets\/(home|storage|rolldown-runtime)-[\w-]+\.js$/.test(path)),
    );
    expect(loaded).toHaveLength(3);
    // With the start bundle held back, only the inline script can ask for anything: it asks for exactly those.
    await page.route(/\/assets\/start-[\w-]+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bff-home\b/);
    const asked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname),
    );
    expect(asked.sort()).toEqual(loaded.sort());
  });

  test('a first visit, and a returning person on another screen, ask for no home code before the app runs', async ({
    page,
  }) => {
    await page.route(/\/assets\/start-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/');
    const asked = () => page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length);
    expect(await asked()).toBe(0);
    await page.unroute(/\/assets\/start-[\w-]+\.js$/);
    await completeFirstRun(page);
    await page.route(/\/assets\/start-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/journal');
    await expect(page.locator('html')).toHaveClass(/\bff-shell\b/);
    expect(await asked()).toBe(0);
  });
});
