import { expect, type Page, test } from '@playwright/test';
import { makeTwoVersions } from './build-copies';
import { completeFirstRun, screenHeading, waitForServiceWorker } from './helpers';
import { type SwappableServer, startSwappableServer } from './static-server';

let server: SwappableServer;
let versions: { v1: string; v2: string };

test.beforeEach(async () => {
  versions = makeTwoVersions();
  server = await startSwappableServer(versions.v1);
});
test.afterEach(async () => server.close());

/** Publishes the next version and makes the open page look for it, as it does when it comes back into view. */
async function publishNextVersion(page: Page): Promise<void> {
  server.setRoot(versions.v2);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

/** Marks the current document so a reload (which starts a new document) can be detected. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

/**
 * Expects the new version to be installed and still waiting: nothing told it to take over (an app that reloads by
 * itself would have activated it, leaving no waiting worker and a new controller).
 */
async function expectUpdateWaiting(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
    .toBe(true);
}

/** What the page's service workers are doing: said when an accepted update does not reload, to show where it stuck. */
function workerStates(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
    const button = document.querySelector<HTMLButtonElement>('.toast button');
    return JSON.stringify({
      controller: state(navigator.serviceWorker.controller),
      active: state(registration?.active),
      waiting: state(registration?.waiting),
      installing: state(registration?.installing),
      firstToastButton: button ? `${button.textContent} disabled=${button.disabled}` : 'none',
    });
  });
}

/** Presses "Update now" and waits for the reload it promises; if none comes, fails saying what the workers were doing. */
async function acceptUpdateAndExpectReload(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Update now' }).click();
  try {
    await reloaded;
  } catch (error) {
    throw new Error(`"Update now" did not reload: ${await workerStates(page)}`, { cause: error });
  }
}

function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

test.describe('updates', () => {
  test('on a first visit, a new version waits, never reloads by itself, and applies once accepted', async ({
    page,
  }) => {
    await completeFirstRun(page, 'patient', `${server.url}/`);
    await waitForServiceWorker(page);
    await markDocument(page);
    await publishNextVersion(page);
    await expect(page.getByText('A new version of Stillpoint is ready.')).toBeVisible({ timeout: 15_000 });
    await expectUpdateWaiting(page);
    expect(await isSameDocument(page)).toBe(true);
    await acceptUpdateAndExpectReload(page);
    expect(await isSameDocument(page)).toBe(false);
    await expect(screenHeading(page)).toHaveText('Today');
    await expect(page.getByText('A new version of Stillpoint is ready.')).toHaveCount(0);
  });

  test('on a returning visit (already controlled), the same: waits, then applies once accepted', async ({ page }) => {
    await completeFirstRun(page, 'patient', `${server.url}/`);
    await waitForServiceWorker(page);
    await page.reload();
    await waitForServiceWorker(page);
    await markDocument(page);
    await publishNextVersion(page);
    await expect(page.getByText('A new version of Stillpoint is ready.')).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Later' }).click();
    await expectUpdateWaiting(page);
    expect(await isSameDocument(page)).toBe(true);
    await page.reload();
    await expect(page.getByText('A new version of Stillpoint is ready.')).toBeVisible({ timeout: 15_000 });
    await acceptUpdateAndExpectReload(page);
    await expect(screenHeading(page)).toHaveText('Today');
  });

  test('with a journal draft open, an update waits, never reloads by itself, and the draft survives accepting it', async ({
    page,
  }) => {
    await completeFirstRun(page, 'patient', `${server.url}/`);
    await waitForServiceWorker(page);
    await page.goto(`${server.url}/journal/new`);
    await page.getByLabel('Your entry').fill('Halfway through a thought when the update came.');
    await markDocument(page);
    await publishNextVersion(page);
    await expect(page.getByText('A new version of Stillpoint is ready.')).toBeVisible({ timeout: 15_000 });
    await expectUpdateWaiting(page);
    expect(await isSameDocument(page)).toBe(true);
    await expect(page.getByLabel('Your entry')).toHaveValue('Halfway through a thought when the update came.');
    await acceptUpdateAndExpectReload(page);
    expect(await isSameDocument(page)).toBe(false);
    await expect(screenHeading(page)).toHaveText('New entry');
    await expect(page.getByLabel('Your entry')).toHaveValue('Halfway through a thought when the update came.');
  });
});
