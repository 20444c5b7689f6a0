// Nothing a person wrote, and no one's name, leaves the app in a tab title or the page's history: every route of the
// app's own route table is visited with records full of a marker, and the title and each history entry are read.
import { expect, type Page, test } from '@playwright/test';
import { ROUTES } from '../../src/app/routes';
import { makeCustomPattern, makePractice } from '../fixtures/breath-builders';
import { makeEntry, makeFollowUp, makeSession } from '../fixtures/journal-builders';
import { makeScaleResult } from '../fixtures/scale-results';
import { completeFirstRun, screenHeading } from './helpers';
import { seedStores } from './reliability-db';

const MARKER = 'MARKERTEXT';
const NAME = 'Zebediah Quist';
const PATIENT_ID = 'patient-key-1';

/** Values for each route parameter: records seeded below, full of the marker and the name. */
const PARAMS: Record<string, string> = {
  id: 'e-marked',
  practiceId: 'practice-marked',
  patternId: 'custom-marked',
  ruleId: 'sitter',
  scaleId: 'phq9',
};

/** Each route's path with its parameters filled in (the result, session and patient routes have their own ids). */
function pathsToVisit(): string[] {
  return ROUTES.map(({ path }) => {
    if (path === '/scales/result/:id') return '/scales/result/r-marked';
    if (path === '/session/:id/after') return '/session/s-marked/after';
    if (path === '/coach/patient/:id') return `/coach/patient/${PATIENT_ID}`;
    if (path === '/learn/:id') return '/learn/how-it-works';
    return path.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? name);
  });
}

async function seedMarkedRecords(page: Page): Promise<void> {
  await seedStores(page, {
    entries: [makeEntry({ id: 'e-marked', title: `${MARKER} first line`, text: `${MARKER} and ${NAME}` })],
    sessions: [makeSession({ id: 's-marked' })],
    scaleResults: [makeScaleResult({ id: 'r-marked' })],
    breathPatterns: [makeCustomPattern({ id: 'custom-marked', name: `${MARKER} pattern` })],
    practices: [makePractice({ id: 'practice-marked', patternId: 'custom-marked', patternName: `${MARKER} pattern` })],
    plans: [makeFollowUp({ text: `${MARKER} plan` })],
    settings: [
      {
        key: 'care-plan',
        value: {
          sitter: { name: NAME, phone: '+1 555 0100' },
          medicines: [{ name: `${MARKER} medicine`, instructions: '' }],
          cautionBandAllowed: false,
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
      },
    ],
  });
  // A patient who shared (a public key is bytes, which the seeding helper cannot pass).
  await page.evaluate(
    async ({ id, name }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('stillpoint');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('contacts', 'readwrite');
      tx.objectStore('contacts').put({
        id,
        role: 'patient',
        name,
        publicKey: new Uint8Array(65).fill(4),
        fingerprint: 'AAAA BBBB CCCC DDDD',
        addedAt: '2026-11-01T00:00:00.000Z',
      });
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    { id: PATIENT_ID, name: NAME },
  );
}

function expectNeutral(text: string, where: string): void {
  expect(text, where).not.toContain(MARKER);
  expect(text, where).not.toContain(NAME);
}

test('no route puts what a person wrote, or a name, in the title or the history', async ({ page }) => {
  test.slow();
  await completeFirstRun(page);
  await seedMarkedRecords(page);
  const paths = pathsToVisit();
  expect(paths.length).toBe(ROUTES.length);
  for (const path of paths) {
    await page.goto(path);
    await expect(screenHeading(page)).toBeVisible();
    expect(await page.title(), path).toBe('Stillpoint');
    expectNeutral(page.url(), path);
  }
  // The marker really is on screen where a heading used to become the title.
  await page.goto('/journal/e-marked');
  await expect(screenHeading(page)).toContainText(MARKER);
  expect(await page.title()).toBe('Stillpoint');
  await page.goto('/emergency');
  await expect(page.getByRole('link', { name: new RegExp(NAME) })).toBeVisible();
  expect(await page.title()).toBe('Stillpoint');

  // In-app navigation too (history entries made by the router), then back through every entry of the history.
  await page.goto('/journal');
  await page
    .getByRole('link', { name: new RegExp(MARKER) })
    .first()
    .click();
  await expect(screenHeading(page)).toContainText(MARKER);
  const entries = await page.evaluate(() => history.length);
  for (let i = 1; i < entries; i++) {
    await page.goBack();
    expectNeutral(page.url(), `history entry ${i}`);
    expectNeutral(await page.title(), `history entry ${i}`);
  }
});
