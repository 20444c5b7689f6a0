// A new version of the app, end to end in a real browser: the served service worker changes, the next load offers
// the update, and "Update now" reloads into it (the new worker takes control, nothing is left waiting).
import type { EnginePage } from './engine';
import type { HeldFront } from './held-front';
import { expectText, waitFor, waitForServiceWorker } from './page-checks';
import { REGISTER_WATCH_KEY, type ServedBuild } from './served-build';

const PROMPT = 'A new version of Stillpoint is ready';

/** Runs in the page: true once a worker controls it and no other one is installing or waiting. */
async function settledOnOneWorker(): Promise<boolean> {
  const registration = await navigator.serviceWorker.getRegistration();
  return Boolean(
    navigator.serviceWorker.controller && registration?.active && !registration.waiting && !registration.installing,
  );
}

/**
 * On a fresh profile, a second load comes while the first worker installs (the front holds its precache back), and
 * that load's registration meets the worker in the moment it waits with nothing active: no update is offered.
 */
export async function firstInstallNotOffered(page: EnginePage, front: HeldFront): Promise<void> {
  await page.goto(`${front.url}/`);
  await front.held;
  await page.evaluate((key) => sessionStorage.setItem(key, 'on'), REGISTER_WATCH_KEY);
  await page.reload();
  // Its registration waits behind the install (one job at a time per scope): it resolves as the install ends.
  await waitFor(
    page,
    'the second load to register',
    (key) => sessionStorage.getItem(key) === 'registering',
    REGISTER_WATCH_KEY,
  );
  front.release();
  const seen = await waitFor(
    page,
    'the registration to resolve',
    (key) => sessionStorage.getItem(`${key}-seen`),
    REGISTER_WATCH_KEY,
  );
  const met = JSON.parse(seen) as { waiting: boolean; active: boolean };
  if (!met.waiting || met.active)
    throw new Error(`${page.engine}: the race was not met (the page saw ${seen}), so this proves nothing`);
  await waitForServiceWorker(page);
  await waitFor(page, 'the first worker alone in place', settledOnOneWorker);
  // The app asked for the registration when told a worker waits; a later ask is answered after it, so once this
  // one is answered the app has decided (and drawn) whether to offer an update.
  await page.evaluate(async () => {
    await navigator.serviceWorker.getRegistration();
  });
  const promptShown = await page.evaluate((text) => document.body.innerText.includes(text), PROMPT);
  if (promptShown) throw new Error(`${page.engine}: a first install was offered as a new version`);
}

/** With the app installed, a new build is offered on the next load, and "Update now" reloads into it. */
export async function newVersionOffered(page: EnginePage, site: ServedBuild, origin = site.url): Promise<void> {
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);
  await waitFor(page, 'the first worker alone in place', settledOnOneWorker);
  await site.newServiceWorker();
  await page.reload();
  await expectText(page, PROMPT);
  // A mark that only this document carries: gone once "Update now" has reloaded the page.
  await page.evaluate(() => {
    (window as unknown as { __beforeUpdate?: boolean }).__beforeUpdate = true;
  });
  await page.click({ button: 'Update now' });
  await waitFor(
    page,
    'the reload after "Update now"',
    () => !(window as unknown as { __beforeUpdate?: boolean }).__beforeUpdate && document.readyState === 'complete',
  );
  // Had the new worker not been activated, it would still wait here (and the prompt would come back).
  await waitFor(page, 'the new worker in control, nothing waiting', settledOnOneWorker);
  const promptShown = await page.evaluate((text) => document.body.innerText.includes(text), PROMPT);
  if (promptShown) throw new Error(`${page.engine}: the update prompt is still shown after the update`);
}
