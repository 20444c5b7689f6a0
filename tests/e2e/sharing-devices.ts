// Two (or more) devices for the sharing journeys: each its own browser context, with its own database and keys.
import { type Browser, expect, type Page } from '@playwright/test';
import { completeFirstRun, screenHeading, waitForServiceWorker } from './helpers';

/** A fresh app in its own context; offline once its service worker is in control. */
export async function openDevice(browser: Browser, baseURL: string, role: 'patient' | 'coach'): Promise<Page> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await completeFirstRun(page, role);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  return page;
}

/** Writes records straight into the app's database: the test seam for items other areas will produce. */
export async function seedRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, records },
  );
}

/** Makes a coach invite on the coach device; returns the link and the code shown to the coach. */
export async function makeCoachInvite(page: Page, name: string): Promise<{ link: string; fingerprint: string }> {
  await page.goto('/coach');
  await expect(screenHeading(page)).toHaveText('Coach');
  await page.getByLabel('Your name, as your patients know you').fill(name);
  await page.getByRole('button', { name: 'Make my invite' }).click();
  await expect(page.getByRole('img', { name: /QR code of the invite/ })).toBeVisible();
  return {
    link: await page.getByLabel('Invite link').inputValue(),
    fingerprint: (await page.getByTestId('own-fingerprint').textContent()) ?? '',
  };
}

/** The path and fragment of a link (the same app origin in every context). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}

/** The last group of a fingerprint: what the coach reads out for the patient to pick. */
export function lastGroupOf(fingerprint: string): string {
  return fingerprint.trim().split(/\s+/).at(-1) ?? '';
}
