import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { startSwappableServer } from '../../e2e/static-server.ts';
import type { MetricResult } from '../budgets.ts';
import { METRICS } from '../budgets.ts';
import { median } from '../stats.ts';

const BLANK = '<!doctype html><html lang="en"><title>Blank</title><h1 id="screen-title">Blank</h1></html>';

/**
 * A copy of the build with one extra precached page: a blank document served by the same service worker, the
 * baseline for offline start (so the ratio says what the app adds on top of the browser and the worker).
 */
function buildWithBlankPage(dist: string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'stillpoint-bench-')), 'site');
  cpSync(dist, root, { recursive: true });
  writeFileSync(join(root, 'bench-blank.html'), BLANK);
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  const patched = sw.replace(/\[\{"revision":/, '[{"revision":"1","url":"bench-blank.html"},{"revision":');
  if (patched === sw) throw new Error('Could not find the precache manifest in sw.js');
  writeFileSync(join(root, 'sw.js'), patched);
  return root;
}

/** Time from navigation start until the screen's heading exists, as seen by the page itself. */
async function reloadToHeading(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __firstScreen?: number }).__firstScreen);
  return (await handle.jsonValue()) as number;
}

/** Warm offline reload to the first usable screen, and the same for a blank page under the same service worker. */
export async function measureOfflineStart(dist = 'dist', runs = 9): Promise<Record<string, MetricResult>> {
  const root = buildWithBlankPage(dist);
  const server = await startSwappableServer(root);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const mark = () => {
        if (document.getElementById('screen-title')) {
          (window as unknown as { __firstScreen?: number }).__firstScreen ??= performance.now();
          return true;
        }
        return false;
      };
      new MutationObserver((_, observer) => mark() && observer.disconnect()).observe(document, {
        childList: true,
        subtree: true,
      });
    });
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
      app.push(await reloadToHeading(page, `${server.url}/`));
      blank.push(await reloadToHeading(page, `${server.url}/bench-blank.html`));
    }
    const appMs = median(app);
    const blankMs = median(blank);
    return {
      offline_start_ms: {
        value: Math.round(appMs),
        unit: 'ms',
        budget: METRICS.offline_start_ms?.budget ?? 300,
        note: `median of ${runs} warm offline reloads to the home screen's heading`,
      },
      offline_start_ratio: {
        value: Math.round((appMs / blankMs) * 100) / 100,
        unit: 'ratio',
        budget: METRICS.offline_start_ratio?.budget ?? 1.5,
        note: `vs. a blank page from the same service worker (${blankMs.toFixed(0)} ms), interleaved`,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
