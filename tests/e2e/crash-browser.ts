// Launching Debian's Chromium by hand (so its whole process group can be SIGKILLed) and attaching Playwright over
// the DevTools protocol; killing it; waiting until the profile is free again. Used by the crash test.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readlinkSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium';

/** The longest any one step (a click, a load, a download) may take before the trial fails where it stands. */
const STEP_TIMEOUT_MS = 30_000;

/** A Chromium started by hand, with Playwright attached to its first page. */
export interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** How many times a start that never opens its DevTools port is tried before the trial fails. */
const LAUNCH_ATTEMPTS = 3;

/** One Chromium process on the profile, and the DevTools endpoint it printed. */
interface Started {
  child: ChildProcess;
  endpoint: string;
}

/** Spawns Chromium on the profile and waits for its DevTools endpoint; fails with the end of what it printed. */
function startChromium(profile: string): Promise<Started> {
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise<Started>((resolve, reject) => {
    let seen = '';
    const fail = (why: string) =>
      reject(Object.assign(new Error(`${why}; it printed: ${seen.slice(-600)}`), { child }));
    const late = setTimeout(() => fail('Chromium did not open its DevTools port in time'), STEP_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-2000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(late);
        resolve({ child, endpoint: match[1] });
      }
    });
    child.once('exit', () => {
      clearTimeout(late);
      fail('Chromium exited before it was ready');
    });
  });
}

/**
 * Starts Chromium on the given profile and opens `url` in its first page. A start that stalls before it opens its
 * DevTools port (seen about once in four CI runs, right after a kill) is killed and tried again, up to
 * LAUNCH_ATTEMPTS times: that is the browser failing to start, not the app losing data, which is what the crash
 * test is about. Each retry is logged.
 */
export async function launch(profile: string, url: string): Promise<Running> {
  let started: Started | undefined;
  for (let attempt = 1; !started; attempt++) {
    try {
      started = await startChromium(profile);
    } catch (error) {
      if (attempt >= LAUNCH_ATTEMPTS) throw error;
      console.warn(`crash test: Chromium start ${attempt} failed, trying again: ${(error as Error).message}`);
      const stalled = (error as { child?: ChildProcess }).child;
      if (stalled) await killGroup(stalled);
      await waitForProfileRelease(profile);
    }
  }
  const { child, endpoint } = started;
  const browser = await chromium.connectOverCDP(endpoint, { timeout: STEP_TIMEOUT_MS });
  const context = browser.contexts()[0] ?? (await browser.newContext());
  // A browser attached by hand gets none of the runner's timeouts: without these, one click on a control that never
  // appears waits until the whole test's timeout and says nothing of where it stood.
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { process: child, browser, page };
}

/** SIGKILLs the browser's whole process group and waits until every one of its processes is gone. */
export function killHard(running: Running): Promise<void> {
  return killGroup(running.process);
}

/** SIGKILLs a process's whole group and waits until every one of its processes is gone. */
async function killGroup(leader: ChildProcess): Promise<void> {
  const group = -(leader.pid ?? 0);
  // A browser that already died on its own has fired its exit event: waiting for another would wait forever.
  const alive = leader.exitCode === null && leader.signalCode === null;
  const exited = alive ? once(leader, 'exit') : Promise.resolve();
  try {
    process.kill(group, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
  await exited;
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether any process still has a file inside the profile open (a straggler outside the killed process group). */
function profileInUse(profile: string): boolean {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // Gone, or not ours to read.
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(profile)) return true;
      } catch {
        // Closed while we looked.
      }
    }
  }
  return false;
}

/**
 * Waits until no process holds a file in the profile. Relaunching while a dying process still holds the
 * database files is not what a device does after a crash, and Chromium may then find the store "corrupt" and
 * wipe it: that would test the harness, not the app.
 */
export async function waitForProfileRelease(profile: string): Promise<void> {
  for (let i = 0; i < 200 && profileInUse(profile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Opens the app's database raw, before the app does, only to hear whether Chromium wiped it as corrupt: it says so
 * on the upgrade event ("total" data loss). Any upgrade is aborted, so nothing here creates or changes the database.
 * Returns 'kept', 'wiped' (reported by the browser) or 'gone' (missing with no report: a silent loss).
 */
export function databaseFate(page: Page): Promise<'kept' | 'wiped' | 'gone'> {
  return page.evaluate(
    (limit) =>
      new Promise<'kept' | 'wiped' | 'gone'>((resolve, reject) => {
        // page.evaluate has no timeout of its own: a store that never opens fails the trial here, by name.
        setTimeout(() => reject(new Error('the database did not open after the relaunch')), limit);
        let fate: 'kept' | 'wiped' | 'gone' = 'kept';
        const request = indexedDB.open('stillpoint');
        request.onupgradeneeded = (event) => {
          const loss = (event as IDBVersionChangeEvent & { dataLoss?: string }).dataLoss;
          fate = loss === 'total' ? 'wiped' : 'gone';
          request.transaction?.abort();
        };
        request.onsuccess = () => {
          request.result.close();
          resolve(fate);
        };
        request.onerror = () => resolve(fate);
      }),
    STEP_TIMEOUT_MS,
  );
}
