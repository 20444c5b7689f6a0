import { expect, type Page, test } from '@playwright/test';
import { completeFirstRun, screenHeading, waitForServiceWorker } from './helpers';

/** Posts a share-target form from the page, offline: only the service worker can answer it. */
function postShare(page: Page, parts: { file?: string; text?: string }) {
  return page.evaluate(async ({ file, text }) => {
    const form = new FormData();
    if (file !== undefined) form.append('file', new File([file], 'from-a-chat.stillpoint'));
    if (text !== undefined) form.append('text', text);
    const response = await fetch('/coach/open', { method: 'POST', body: form, redirect: 'manual' });
    return response.type;
  }, parts);
}

/** A real coach invite's JSON, made with the browser's own key generation. */
function inviteJson(page: Page, name: string): Promise<string> {
  return page.evaluate(async (coachName) => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const publicKey = btoa(String.fromCharCode(...raw))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    return JSON.stringify({ v: 1, type: 'coach-invite', name: coachName, publicKey });
  }, name);
}

test('the document is served with Strict-Transport-Security', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
});

test('the manifest posts shares (multipart, with files) instead of putting them in a URL', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href ?? '/manifest.webmanifest')).json();
  expect(manifest.share_target).toMatchObject({
    action: '/coach/open',
    method: 'POST',
    enctype: 'multipart/form-data',
  });
  expect(manifest.share_target.params.files[0].name).toBe('file');
});

test('the service worker answers a shared file or text with a 303 and hands it to the opening screen, offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await completeFirstRun(page);
  await waitForServiceWorker(page);
  const invite = await inviteJson(page, 'Dr Rivera');
  await context.setOffline(true);

  // Offline, a POST that reached for the network would fail; a redirect can only come from the service worker.
  expect(await postShare(page, { file: invite })).toBe('opaqueredirect');
  await page.goto('/coach/open');
  await expect(screenHeading(page)).toHaveText('Invite from a coach');
  await expect(page.getByText('Dr Rivera', { exact: false }).first()).toBeVisible();

  // Text holding a link is opened by its fragment (here a damaged one, which is refused plainly).
  expect(await postShare(page, { text: 'Here it is: https://example.org/coach/open#AAAA' })).toBe('opaqueredirect');
  await page.goto('/coach/open');
  await expect(page.getByText('This is not a Stillpoint share, or it is damaged. Nothing was opened.')).toBeVisible();

  // What was shared is taken once: opening the screen again finds nothing left behind.
  await page.goto('/coach/open');
  await expect(screenHeading(page)).toHaveText('Open a share');
  await expect(page.getByText(/not a Stillpoint share/)).toHaveCount(0);
  expect(await page.evaluate(() => caches.has('stillpoint-shared-in'))).toBe(false);
});
