// Firefox ESR (headless, WebDriver BiDi) and Chromium (headless, CDP) through puppeteer-core: Debian's browsers,
// never a downloaded one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium';
import {
  coverAtCentre,
  describe,
  type EngineName,
  type EnginePage,
  findTarget,
  type PageFunction,
  type Target,
} from './engine';
import { drainPageErrors, ERRORS_KEY } from './served-build';

/** Where Debian puts Firefox ESR; override with FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox options: whether its persistent-storage prompt is answered (yes) or left open for nobody to answer. */
export interface FirefoxOptions {
  storagePrompt: 'granted' | 'unanswered';
}

/** Starts Firefox ESR headless; `unanswered` leaves `navigator.storage.persist()` pending, as a person who ignores it. */
export async function launchFirefox(options: FirefoxOptions = { storagePrompt: 'granted' }): Promise<EnginePage> {
  const prefs: Record<string, unknown> =
    options.storagePrompt === 'granted'
      ? { 'dom.storageManager.prompt.testing': true, 'dom.storageManager.prompt.testing.allow': true }
      : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'stillpoint-firefox-')),
    extraPrefsFirefox: prefs,
  });
  return wrap('firefox', browser, await browser.newPage());
}

/** Starts Debian's Chromium headless (only the screenshot journey needs it here: Playwright covers the rest). */
export async function launchChromium(): Promise<EnginePage> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    userDataDir: mkdtempSync(join(tmpdir(), 'stillpoint-chromium-')),
  });
  return wrap('chromium', browser, await browser.newPage());
}

async function wrap(engine: EngineName, browser: Browser, page: Page): Promise<EnginePage> {
  const reported: string[] = [];
  page.on('pageerror', (error) => reported.push(`pageerror: ${error instanceof Error ? error.message : error}`));
  page.setDefaultTimeout(30_000);

  async function element(target: Target, tap = false): Promise<ElementHandle<Element>> {
    const handle = await page.waitForFunction(findTarget, { timeout: 20_000 }, target, tap).catch(async () => {
      const seen = await page.evaluate(() => document.body.innerText.slice(0, 500)).catch(() => '');
      throw new Error(`${engine}: nothing found for ${describe(target)}. The page showed: ${seen}`);
    });
    return handle as ElementHandle<Element>;
  }

  // Puppeteer clicks at the element's centre and scrolls only when the element is outside the viewport, so a control
  // covered by a fixed bar would get the bar's click: scroll as focus does, and fail plainly if it is still covered.
  async function tappable(target: Target): Promise<ElementHandle<Element>> {
    const handle = await element(target, true);
    const cover = await handle.evaluate(coverAtCentre);
    if (cover !== null) throw new Error(`${engine}: ${describe(target)} is covered by ${cover}`);
    return handle;
  }

  // Leaving a page while its lazy chunks are still on their way makes Firefox report each cut-off request as a
  // service worker failure in the page, as a person never sees it: a journey leaves a page only once it has settled.
  // The driver's own count of requests in flight; the short idle time catches a chunk asked for just after another
  // arrived (the app's start-up imports follow one another).
  async function settle(): Promise<void> {
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 20_000 });
  }

  // The hook's list is per origin and per tab: read it before every navigation the journey makes.
  async function drainStored(): Promise<void> {
    const stored = await page.evaluate(drainPageErrors, ERRORS_KEY).catch(() => []);
    reported.push(...stored);
  }

  return {
    engine,
    async goto(url) {
      await settle();
      await drainStored();
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await settle();
      await drainStored();
      await page.reload({ waitUntil: 'load' });
    },
    settle,
    evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T> {
      return page.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
    },
    async click(target) {
      await (await tappable(target)).click();
    },
    async type(target, text) {
      const field = await tappable(target);
      await field.click({ count: 3 });
      await field.evaluate((el) => {
        (el as HTMLInputElement).select?.();
      });
      await page.keyboard.press('Backspace');
      await field.type(text);
    },
    async upload(target, path) {
      await ((await element(target)) as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async takeErrors() {
      await drainStored();
      return reported.splice(0);
    },
    async close() {
      await browser.close();
    },
  };
}
