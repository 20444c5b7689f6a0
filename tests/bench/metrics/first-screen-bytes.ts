// What a person's browser downloads before the first screen is usable, measured for real: the production build in
// Debian's Chromium, and every script and stylesheet the page started fetching before the screen marked itself
// usable (`<body data-usable="welcome|home">`, set once the screen shows its first data), each gzipped on its own as
// a server would send it (the bytes are read from the build, the list comes from the browser's resource timing, so
// the figure does not depend on how fast the responses happened to arrive). Script and CSS inlined in the HTML (the
// first-frame script and the start stylesheet) count too, each block gzipped on its own as if it were still its own
// file: inlining moves those bytes into the page, it does not make them free. The service worker is blocked: with it,
// a first visit would also count the whole precache (that is `precache_kib`), and a returning visit would be served
// from its cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { inlineBlocks } from '../../../scripts/csp-hashes.ts';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { startSwappableServer } from '../../e2e/static-server.ts';
import { yearOfData } from '../year-of-data.ts';

/** What one first screen cost: gzip KiB of its scripts and stylesheets, the number of script requests, the files. */
export interface FirstScreenBytes {
  gzipKiB: number;
  scriptRequests: number;
  files: { path: string; gzipBytes: number }[];
}

/** The two first screens: a first visit (welcome) and a returning patient with a year of data (home). */
export interface FirstScreens {
  welcome: FirstScreenBytes;
  home: FirstScreenBytes;
}

const USABLE_TIMEOUT_MS = 30_000;

/** Notes, in the page, the moment the screen marks itself usable (installed before any page script runs). */
function noteUsableMoment(): void {
  const note = () => {
    if (!document.body?.dataset.usable) return false;
    (window as unknown as { __usableAt?: number }).__usableAt ??= performance.now();
    return true;
  };
  new MutationObserver((_, observer) => note() && observer.disconnect()).observe(document, {
    attributes: true,
    childList: true,
    subtree: true,
    attributeFilter: ['data-usable'],
  });
}

/** The inline script and style blocks of the page as the server sent it, each weighed as a file of its own. */
function inlineFiles(html: string, path: string): { path: string; gzipBytes: number }[] {
  const { scripts, styles } = inlineBlocks(html);
  const weigh = (kind: string) => (text: string, i: number) => ({
    path: `${path} inline <${kind}> ${i + 1}`,
    gzipBytes: gzipSync(text, { level: 9 }).length,
  });
  return [...scripts.map(weigh('script')), ...styles.map(weigh('style'))];
}

/**
 * Loads `path` in `page` and weighs every JS and CSS file it started fetching before the screen marked itself, and
 * the JS and CSS inlined in the page.
 */
async function weigh(page: Page, dist: string, path: string, marker: 'welcome' | 'home'): Promise<FirstScreenBytes> {
  const response = await page.goto(path);
  if (!response) throw new Error(`no response for ${path}`);
  const html = await response.text();
  await page.locator(`body[data-usable="${marker}"]`).waitFor({ state: 'attached', timeout: USABLE_TIMEOUT_MS });
  const paths = await page.evaluate(() => {
    const usableAt = (window as unknown as { __usableAt?: number }).__usableAt ?? Number.POSITIVE_INFINITY;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= usableAt)
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => /\.(js|css)$/.test(pathname));
  });
  const fetched = [...new Set(paths)].map((file) => ({
    path: file,
    gzipBytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  const files = [...fetched, ...inlineFiles(html, path)];
  return {
    gzipKiB: files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024,
    scriptRequests: fetched.filter((file) => file.path.endsWith('.js')).length,
    files,
  };
}

/** Puts records straight into the app's database (the stores the app created on the first run). */
async function seed(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(data), 'readwrite');
          for (const [store, records] of Object.entries(data)) for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Goes through the first run as a patient who declines the lock, as a returning patient once did. */
async function becomeReturningPatient(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel(/preparing for or having sessions/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await seed(page, yearOfData());
  await page.close();
}

/** Measures both first screens of the build in `dist`. */
export async function measureFirstScreens(dist = 'dist'): Promise<FirstScreens> {
  const server = await startSwappableServer(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const fresh = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
    await fresh.addInitScript(noteUsableMoment);
    const welcome = await weigh(await fresh.newPage(), dist, '/', 'welcome');
    await fresh.close();
    const returning = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
    await becomeReturningPatient(returning);
    await returning.addInitScript(noteUsableMoment);
    const home = await weigh(await returning.newPage(), dist, '/', 'home');
    await returning.close();
    return { welcome, home };
  } finally {
    await browser.close();
    await server.close();
  }
}
