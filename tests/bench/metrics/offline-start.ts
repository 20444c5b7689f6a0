import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { startSwappableServer } from '../../e2e/static-server.ts';
import type { MetricResult } from '../budgets.ts';
import { METRICS } from '../budgets.ts';
import { median } from '../stats.ts';

/** Where the blank Preact page is served from inside the copy of the build. */
const BLANK_PATH = 'bench-blank';

/**
 * Builds the blank Preact page (tests/bench/blank) into `root`: its page at /bench-blank/index.html, its script among
 * the app's hashed assets in /assets/, so the service worker serves both the way it serves Stillpoint's own.
 * Returns the precache entries to add for it.
 */
async function buildBlankPreactPage(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'stillpoint-blank-'));
  await build({
    root: 'tests/bench/blank',
    base: '/',
    configFile: false,
    logLevel: 'error',
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        output: { entryFileNames: 'assets/bench-blank-[hash].js', chunkFileNames: 'assets/bench-blank-[hash].js' },
      },
    },
  });
  mkdirSync(join(root, BLANK_PATH), { recursive: true });
  cpSync(join(outDir, 'index.html'), join(root, BLANK_PATH, 'index.html'));
  const assets = readdirSync(join(outDir, 'assets'));
  for (const file of assets) cpSync(join(outDir, 'assets', file), join(root, 'assets', file));
  const pageEntry = `{"revision":"1","url":"${BLANK_PATH}/index.html"},`;
  return pageEntry + assets.map((file) => `{"revision":null,"url":"assets/${file}"},`).join('');
}

/**
 * A copy of the build with one extra precached page: a blank Preact page served by the same service worker, the
 * baseline for offline start (so the ratio says what the app adds on top of Preact, the browser and the worker).
 */
async function buildWithBlankPage(dist: string): Promise<string> {
  const root = join(mkdtempSync(join(tmpdir(), 'stillpoint-bench-')), 'site');
  cpSync(dist, root, { recursive: true });
  const entries = await buildBlankPreactPage(root);
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  const patched = sw.replace(/\[\{"revision":/, `[${entries}{"revision":`);
  if (patched === sw) throw new Error('Could not find the precache manifest in sw.js');
  writeFileSync(join(root, 'sw.js'), patched);
  return root;
}

/** How the page tells the benchmark when its screen became usable (ms since navigation start follow). */
const USABLE_NOTE = 'stillpoint-bench-usable:';

/**
 * Time from navigation start until the screen marks itself usable, as the page itself reports it. It comes as a
 * console message rather than through page.waitForFunction: that injects Playwright's selector engine into each new
 * page, about 15 ms of main-thread work, which ran in the middle of Stillpoint's start but after the blank page was
 * already usable (its load event comes later), so it counted against the app alone.
 */
async function reloadToUsable(page: Page, url: string): Promise<number> {
  const note = page.waitForEvent('console', (message) => message.text().startsWith(USABLE_NOTE));
  await page.goto(url);
  const usableMs = Number((await note).text().slice(USABLE_NOTE.length));
  // The next reload starts only once this page has stopped fetching: Stillpoint's after-first-screen work (its
  // imports, storage) otherwise runs on into the next page's start. The blank page came after the app each time, and
  // its response took 13.6 ms instead of 4.7, which made the ratio look better than it is (1.42 instead of ~1.7).
  await page.waitForLoadState('networkidle');
  return usableMs;
}

/**
 * How many interleaved pairs of reloads make one measurement. Each reload takes well under 100 ms, but on this
 * project's 2-vCPU machines one reload can differ from the next by half its time: with 9 pairs, five runs of the same
 * build gave ratios from 1.29 to 1.54; with 31, from 1.35 to 1.44 (both before each reload waited for the page
 * before it to settle).
 */
const OFFLINE_START_PAIRS = 31;

/** Warm offline reload to the first usable screen, and the same for a blank page under the same service worker. */
export async function measureOfflineStart(
  dist = 'dist',
  runs = OFFLINE_START_PAIRS,
): Promise<Record<string, MetricResult>> {
  const root = await buildWithBlankPage(dist);
  const server = await startSwappableServer(root);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    await context.addInitScript((note) => {
      const mark = () => {
        if (!document.body?.dataset.usable) return false;
        console.debug(`${note}${performance.now()}`);
        return true;
      };
      new MutationObserver((_, observer) => mark() && observer.disconnect()).observe(document, {
        attributes: true,
        attributeFilter: ['data-usable'],
        childList: true,
        subtree: true,
      });
    }, USABLE_NOTE);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel(/preparing for or having sessions/).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    const app: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < runs; i++) {
      app.push(await reloadToUsable(page, `${server.url}/`));
      blank.push(await reloadToUsable(page, `${server.url}/${BLANK_PATH}/index.html`));
    }
    const appMs = median(app);
    const blankMs = median(blank);
    return {
      offline_start_ms: {
        value: Math.round(appMs),
        unit: 'ms',
        budget: METRICS.offline_start_ms?.budget ?? 300,
        note: `median of ${runs} warm offline reloads until the home screen is usable (its summary shown)`,
      },
      offline_start_ratio: {
        value: Math.round((appMs / blankMs) * 100) / 100,
        unit: 'ratio',
        budget: METRICS.offline_start_ratio?.budget ?? 1.5,
        note: `vs. a blank Preact page from the same service worker (${blankMs.toFixed(0)} ms), interleaved`,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
