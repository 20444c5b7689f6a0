// WebKitGTK through WebKitWebDriver (classic WebDriver) and MiniBrowser, which has no headless mode: each run gets
// its own Xvfb display and its own driver port, so runs on a shared machine never meet.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { freePort } from '../../scripts/free-port.mjs';
import { describe, type EnginePage, findTarget, type PageFunction, type Target } from './engine';
import { drainPageErrors, ERRORS_KEY, waitForPort } from './served-build';

/** Where Debian puts the WebKitGTK pieces; override with WEBKIT_DRIVER_PATH / MINIBROWSER_PATH. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Starts Xvfb on STILLPOINT_DISPLAY (":96") or on a display it picks itself; resolves to the display name. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  // The screen is phone-wide: MiniBrowser's window cannot be narrower than its toolbar on a wider screen.
  const screen = ['-screen', '0', '360x800x24', '-nolisten', 'tcp'];
  const wanted = process.env.STILLPOINT_DISPLAY;
  if (wanted) {
    const xvfb = spawn('Xvfb', [wanted, ...screen], { stdio: 'ignore' });
    return waitForDisplay(wanted).then(() => ({ display: wanted, process: xvfb }));
  }
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', ...screen], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.once('error', reject);
    xvfb.stdio[3]?.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

async function waitForDisplay(display: string): Promise<void> {
  const { existsSync } = await import('node:fs');
  const socket = `/tmp/.X11-unix/X${display.replace(':', '')}`;
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (Date.now() > deadline) throw new Error(`Xvfb did not open ${display}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts Xvfb, WebKitWebDriver and a MiniBrowser session. */
export async function launchWebKit(): Promise<EnginePage> {
  const xvfb = await startXvfb();
  const port = Number(process.env.STILLPOINT_WEBDRIVER_PORT ?? (await freePort()));
  const driverProcess = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const stopAll = () => {
    driverProcess.kill();
    xvfb.process.kill();
  };
  try {
    await waitForPort(port, true, 10_000);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation', '--full-screen'] },
      })
      .build();
    return wrap(driver, stopAll);
  } catch (error) {
    stopAll();
    throw error;
  }
}

function wrap(driver: WebDriver, stopAll: () => void): EnginePage {
  const reported: string[] = [];
  const run = <T>(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T> =>
    driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args) as Promise<T>;

  async function element(target: Target, tap = false): Promise<WebElement> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = await run<WebElement | null>(findTarget, target, tap);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = await run<string>(() => document.body.innerText.slice(0, 500)).catch(() => '');
        throw new Error(`webkit: nothing found for ${describe(target)}. The page showed: ${seen}`);
      }
      await driver.sleep(100);
    }
  }

  async function drainStored(): Promise<void> {
    const stored = await run<string[]>(drainPageErrors, ERRORS_KEY).catch(() => []);
    reported.push(...stored);
  }

  async function waitForLoad(): Promise<void> {
    await driver.wait(async () => (await driver.executeScript('return document.readyState')) === 'complete', 30_000);
  }

  return {
    engine: 'webkit',
    async goto(url) {
      await drainStored();
      await driver.get(url);
      await waitForLoad();
    },
    async reload() {
      await drainStored();
      await driver.navigate().refresh();
      await waitForLoad();
    },
    async settle() {
      // Classic WebDriver sees no requests: the page's own Resource Timing list stands in, an entry per arrived
      // request. Settled when it has not grown for 250 ms, the same idle time the other engines' drivers use.
      const deadline = Date.now() + 20_000;
      let seen = -1;
      let quietSince = Date.now();
      for (;;) {
        const count = await run<number>(() => performance.getEntriesByType('resource').length);
        if (count !== seen) {
          seen = count;
          quietSince = Date.now();
        } else if (Date.now() - quietSince >= 250) return;
        if (Date.now() > deadline) throw new Error('webkit: the page kept loading for 20 s');
        await driver.sleep(50);
      }
    },
    async evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T> {
      // Async script: the function may return a promise; its rejection comes back as an error here.
      const outcome = (await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
           .then((value) => done({ value }), (error) => done({ error: String(error) }));`,
        ...args,
      )) as { value?: T; error?: string };
      if (outcome.error !== undefined) throw new Error(`webkit: page function failed: ${outcome.error}`);
      return outcome.value as T;
    },
    async click(target) {
      const el = await element(target, true);
      // WebDriver scrolls a target only to the viewport's edge, where the fixed navigation or a toast covers it; a
      // person scrolls it into the middle first.
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
      await el.click();
    },
    async type(target, text) {
      const field = await element(target);
      await field.clear();
      await field.sendKeys(text);
    },
    async upload(target, path) {
      await (await element(target)).sendKeys(path);
    },
    async setViewport(width, height) {
      // The window's frame may take room: measure, then make the inner size exact.
      await driver.manage().window().setRect({ width, height });
      const inner = await run<[number, number]>(() => [innerWidth, innerHeight]);
      await driver
        .manage()
        .window()
        .setRect({ width: width + (width - inner[0]), height: height + (height - inner[1]) });
      await driver.wait(async () => (await run<number>(() => innerWidth)) === width, 5_000);
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async takeErrors() {
      await drainStored();
      return reported.splice(0);
    },
    async close() {
      await driver.quit().catch(() => undefined);
      stopAll();
    },
  };
}
