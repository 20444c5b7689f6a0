// Kill the browser (SIGKILL, the whole process group) in the middle of a large write, 20 times: the big
// transaction is there whole or not at all, and every save that reported success is still there, unless Chromium
// reports that it found its store corrupt and wiped it (seen about once in 60 kills on CI machines).
// Chromium is spawned by hand so its process can be killed; Playwright attaches over the DevTools protocol.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readlinkSync, rmSync } from 'node:fs';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumArgs, chromiumPath, freshProfileDir } from '../chromium';

const TRIALS = 20;
const BIG_RECORDS = 2000;
/** Trials Chromium may wipe as corrupt (reporting it) before the run fails. */
const MAX_WIPED = 3;

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

async function launch(profile: string, url: string): Promise<Running> {
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-2000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error('Chromium exited before it was ready')));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { process: child, browser, page };
}

/** SIGKILLs the browser's whole process group and waits until every one of its processes is gone. */
async function killHard(running: Running): Promise<void> {
  const group = -(running.process.pid ?? 0);
  const exited = once(running.process, 'exit');
  process.kill(group, 'SIGKILL');
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
async function waitForProfileRelease(profile: string): Promise<void> {
  for (let i = 0; i < 200 && profileInUse(profile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Opens the trial's database and defines the page's save functions (records are built before any write starts). */
function prepare(page: Page, name: string): Promise<void> {
  return page.evaluate(
    async ({ count, name }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('big', { keyPath: 'id' });
          request.result.createObjectStore('small', { keyPath: 'id' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const records = Array.from({ length: count }, (_, i) => ({ id: `big-${i}`, text: `${i} ${'x'.repeat(4000)}` }));
      const commit = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(tx.error);
        });
      const win = window as unknown as Record<string, unknown>;
      win.saveSmall = (id: string) => {
        const tx = db.transaction('small', 'readwrite', { durability: 'strict' });
        tx.objectStore('small').put({ id, at: Date.now() });
        return commit(tx);
      };
      win.startBig = () => {
        const tx = db.transaction('big', 'readwrite', { durability: 'strict' });
        for (const record of records) tx.objectStore('big').put(record);
        void commit(tx).then(() => console.log('big:done'));
        // Small saves keep coming while the big one runs; each says so only once it has committed.
        let n = 0;
        const next = () =>
          void (win.saveSmall as (id: string) => Promise<void>)(`during-${n}`).then(() => {
            console.log(`saved:during-${n++}`);
            next();
          });
        next();
      };
    },
    { count: BIG_RECORDS, name },
  );
}

function readBack(page: Page, name: string): Promise<{ big: number; small: string[]; dataLoss: string }> {
  return page.evaluate(async (name) => {
    // Chromium says on the upgrade event when it found the store corrupt and wiped it ("total").
    let dataLoss = 'none';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = (event) => {
        const loss = (event as IDBVersionChangeEvent & { dataLoss?: string; dataLossMessage?: string }).dataLoss;
        dataLoss = `${loss ?? 'none'} (${(event as { dataLossMessage?: string }).dataLossMessage ?? ''})`;
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    // A database that lost its stores (or never made it to disk) reads as empty, so the checks below say so.
    if (!db.objectStoreNames.contains('big') || !db.objectStoreNames.contains('small')) {
      db.close();
      return { big: 0, small: [], dataLoss };
    }
    const tx = db.transaction(['big', 'small']);
    const big = await ask(tx.objectStore('big').count());
    const small = (await ask(tx.objectStore('small').getAllKeys())).map(String);
    db.close();
    return { big, small, dataLoss };
  }, name);
}

/** What a trial left to check: its database name and the saves that reported success before the kill. */
interface Pending {
  name: string;
  acknowledged: string[];
}

test('a browser killed mid-write never leaves a partial transaction, and keeps every completed save', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const url = `${baseURL}/icons/icon.svg`;
  const outcomes = { whole: 0, none: 0, wipedByBrowser: 0 };
  // One profile for the whole run: each launch first checks the trial the previous kill interrupted.
  const profile = freshProfileDir();
  const check = async (page: Page, pending: Pending) => {
    const after = await readBack(page, pending.name);
    expect([0, BIG_RECORDS], `${pending.name}: big transaction`).toContain(after.big);
    if (after.dataLoss.startsWith('total')) {
      // Chromium itself found its store corrupt after the kill and wiped it, and said so (the open's dataLoss). No
      // app can keep saves the browser throws away; what the app can do is say what happened, which it does (the
      // welcome's "data is no longer here", tests/e2e/reliability-eviction.spec.ts). Counted, capped, reported.
      outcomes.wipedByBrowser++;
      return;
    }
    expect(after.small, `${pending.name}: completed saves (data loss reported: ${after.dataLoss})`).toEqual(
      expect.arrayContaining(pending.acknowledged),
    );
    outcomes[after.big === 0 ? 'none' : 'whole']++;
  };
  try {
    let pending: Pending | undefined;
    for (let trial = 0; trial < TRIALS; trial++) {
      const running = await launch(profile, url);
      if (pending) await check(running.page, pending);
      const name = `crash-trial-${trial}`;
      await prepare(running.page, name);
      const acknowledged: string[] = [];
      for (const id of ['before-1', 'before-2', 'before-3']) {
        await running.page.evaluate(
          (key) => (window as unknown as Record<string, (k: string) => Promise<void>>).saveSmall?.(key),
          id,
        );
        acknowledged.push(id);
      }
      running.page.on('console', (message) => {
        const saved = /^saved:(.+)$/.exec(message.text());
        if (saved?.[1]) acknowledged.push(saved[1]);
      });
      await running.page.evaluate(() => (window as unknown as Record<string, () => void>).startBig?.());
      // Spread the kill over the big write's lifetime, the same way every run.
      await new Promise((resolve) => setTimeout(resolve, (trial * 53) % 400));
      await killHard(running);
      await waitForProfileRelease(profile);
      pending = { name, acknowledged };
    }
    const last = await launch(profile, url);
    if (pending) await check(last.page, pending);
    await killHard(last);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  test.info().annotations.push({ type: 'outcomes', description: JSON.stringify(outcomes) });
  console.info('crash outcomes', JSON.stringify(outcomes));
  expect(outcomes.whole + outcomes.none + outcomes.wipedByBrowser).toBe(TRIALS);
  // Seen at most once in 20 kills here; more would point at the harness or the app, not bad luck.
  expect(outcomes.wipedByBrowser, 'trials whose store the browser wiped as corrupt').toBeLessThanOrEqual(MAX_WIPED);
});
