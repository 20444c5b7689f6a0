import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { FhirBundle } from '../../src/domain/fhir-resources';
import { responseProblems } from '../../src/domain/fhir-response-check';
import type { ScaleResult } from '../../src/domain/scale-result';
import type { SessionRecord } from '../../src/domain/session';
import { r4ValidationErrors } from '../fixtures/fhir-r4-validator';
import { makeScaleResult } from '../fixtures/scale-results';
import { completeFirstRun, expectNoAxeViolations, screenHeading, waitForServiceWorker } from './helpers';

/** Writes records straight into the app's database, as if saved on earlier days. */
async function seedRecords(
  page: Page,
  store: 'scaleResults' | 'sessions' | 'readiness' | 'entries',
  records: readonly unknown[],
): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Three PHQ-9 results a week apart in the last month, the newest with item 9 above zero. */
function makeRecentResults(): ScaleResult[] {
  const day = 24 * 60 * 60 * 1000;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString();
  return [
    makeScaleResult({ completedAt: at(21), total: 16, band: 'Moderately severe' }),
    makeScaleResult({ completedAt: at(14), total: 11, band: 'Moderate' }),
    makeScaleResult({
      completedAt: at(7),
      total: 6,
      band: 'Mild',
      needsAttention: true,
      attentionReason: 'phq9-item9',
    }),
  ];
}

function makeRecentSession(): SessionRecord {
  const dosedAt = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
  return {
    id: 'session-e2e',
    createdAt: dosedAt.toISOString(),
    status: 'ended',
    dosedAt: dosedAt.toISOString(),
    endedAt: new Date(dosedAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
  };
}

async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
}

test.describe('questionnaires', () => {
  test('offline, a PHQ-9 with item 9 above zero shows crisis lines at once, cannot be saved half done, and links the session', async ({
    page,
    context,
  }) => {
    await completeFirstRun(page);
    await seedRecords(page, 'sessions', [makeRecentSession()]);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/scales');
    await expect(screenHeading(page)).toHaveText('Questionnaires');
    await expect(page.getByText('PHQ-9 due.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
    await expect(screenHeading(page)).toHaveText('PHQ-9');
    await expect(page.getByTestId('attention-notice')).toHaveCount(0);
    await answer(page, /better off dead/, 'Several days');
    await expect(page.getByTestId('attention-notice')).toBeVisible();
    await expect(page.getByTestId('attention-notice').getByRole('link', { name: 'Call 988' })).toHaveAttribute(
      'href',
      'tel:988',
    );
    await expectNoAxeViolations(page);

    await answer(page, /Little interest/, 'Nearly every day');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Please answer question 2' })).toBeVisible();
    await expect(page.getByRole('group', { name: /Feeling down/ }).getByLabel('Not at all')).toBeFocused();

    for (const question of [/Feeling down/, /Trouble falling/, /Feeling tired/, /Poor appetite/, /Feeling bad/]) {
      await answer(page, question, 'Not at all');
    }
    for (const question of [/Trouble concentrating/, /Moving or speaking/])
      await answer(page, question, 'Several days');
    await expect(page.getByText('Answered 9 of 9')).toBeVisible();
    await page.getByLabel(/Link this to my session of/).check();
    await page.getByRole('button', { name: 'Save my answers' }).click();

    await expect(screenHeading(page)).toHaveText('Your PHQ-9 result');
    await expect(page.getByText('6 out of 27: Mild')).toBeVisible();
    await expect(page.getByTestId('attention-notice')).toBeVisible();
    await expect(page.getByText(/not a diagnosis/)).toBeVisible();
    await expect(page.getByText(/Linked to your session of/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('several results show as a trend with a table, and the home card says what is due', async ({ page }) => {
    await completeFirstRun(page);
    await seedRecords(page, 'scaleResults', makeRecentResults());
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'GAD-7 due' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'PHQ-9 due' })).toBeVisible();

    await page.goto('/scales');
    const chart = page.getByRole('figure', { name: 'PHQ-9 scores over time' });
    await expect(chart.getByRole('img', { name: /PHQ-9 scores over time/ })).toBeVisible();
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const table = chart.getByRole('table', { name: 'PHQ-9 scores over time' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('cell', { name: 'Moderately severe' })).toBeVisible();
    await expect(page.getByText('needs attention')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the home card says nothing is due when every questionnaire is fresh, and still leads to the scores', async ({
    page,
  }) => {
    await completeFirstRun(page);
    const now = new Date().toISOString();
    await seedRecords(page, 'scaleResults', [
      makeScaleResult({ completedAt: now }),
      makeScaleResult({ scaleId: 'gad7', completedAt: now, answers: {}, total: 0, band: 'Minimal' }),
      makeScaleResult({ scaleId: 'pcl5', completedAt: now, answers: {}, total: 0, band: 'Below' }),
    ]);
    await page.goto('/');
    await expect(page.getByText('Nothing due right now.')).toBeVisible();
    await expect(page.getByRole('link', { name: /due$/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Your scores over time' }).click();
    await expect(screenHeading(page)).toHaveText('Questionnaires');
  });

  test('the summary prints without navigation, one section per page', async ({ page }) => {
    await completeFirstRun(page);
    await seedRecords(page, 'scaleResults', makeRecentResults());
    await seedRecords(page, 'sessions', [makeRecentSession()]);
    await page.goto('/scales');
    await page.getByRole('link', { name: 'Open the printable summary' }).click();
    await expect(screenHeading(page)).toHaveText('Summary for your clinician');
    await expect(page.getByRole('heading', { name: 'Questionnaire scores' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Completed' })).toBeVisible();
    await expect(page.getByText(/Needs attention:/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Help now', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'PHQ-9 scores over time' })).toBeVisible();
    const sessions = page.locator('.summary-section').nth(1);
    expect(await sessions.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  });

  test('the summary adds check-ins, and only the journal entries the person ticks', async ({ page }) => {
    await completeFirstRun(page);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000).toISOString();
    const reading = { systolic: 165, diastolic: 95, heartRate: 80, takenAt: at(5) };
    await seedRecords(page, 'readiness', [
      {
        id: 'check-in-held',
        createdAt: at(5),
        packId: 'stillpoint-default',
        packVersion: '1',
        answers: {
          lastFoodAt: at(5),
          lastDrinkAt: at(5),
          alcoholOrCannabis: false,
          stimulants: 'not-applicable',
          medicines: 'yes',
          sitterPresent: true,
          placeReady: true,
        },
        firstReading: reading,
        secondReading: reading,
        decision: 'hold',
        reasons: [{ ruleId: 'blood-pressure', level: 'hold', text: 'Blood pressure 165/95 is in the hold range.' }],
        careTeamNotes: [],
      },
    ]);
    await seedRecords(
      page,
      'entries',
      ['Shared with my doctor', 'Kept private'].map((title, i) => ({
        id: `summary-entry-${i}`,
        createdAt: at(4 - i),
        updatedAt: at(4 - i),
        title,
        text: `${title}: what I noticed that day.`,
        tags: [],
      })),
    );
    await page.goto('/scales/summary');
    await expect(page.getByRole('cell', { name: 'Held' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /165\/95, 80 \(re-check\)/ })).toBeVisible();
    await expect(page.getByText('No entries chosen.')).toBeVisible();
    await page.getByLabel(/Shared with my doctor/).check();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Shared with my doctor: what I noticed that day.')).toBeVisible();
    await expect(page.getByText('Kept private: what I noticed that day.')).toHaveCount(0);
    await expect(page.getByLabel(/Kept private/)).toBeHidden();
  });

  test('the FHIR download is a neutrally named R4 Bundle whose responses fit the Questionnaire it holds', async ({
    page,
  }) => {
    await completeFirstRun(page);
    const incomplete = makeScaleResult({ scaleId: 'gad7', answers: { 'gad7-1': 1 }, total: 1, band: 'Minimal' });
    await seedRecords(page, 'scaleResults', [...makeRecentResults(), incomplete]);
    await page.goto('/scales');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download scores as a FHIR file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^export-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle: FhirBundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(r4ValidationErrors(bundle)).toEqual([]);
    expect(responseProblems(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'Questionnaire',
      'QuestionnaireResponse',
      'QuestionnaireResponse',
      'QuestionnaireResponse',
    ]);
    expect(bundle.entry[0]?.resource).toMatchObject({ url: 'https://stillpoint.app/fhir/Questionnaire/phq-9' });
    expect(bundle.entry[0]?.resource).toMatchObject({ copyright: expect.stringContaining('Regenstrief Institute') });
    for (const { resource } of bundle.entry.slice(1)) {
      expect(resource).toMatchObject({
        status: 'completed',
        questionnaire: 'https://stillpoint.app/fhir/Questionnaire/phq-9|1.0.0',
      });
    }
    await expect(
      page.getByText(
        'Saved a file with 3 results. 1 result was left out because an answer is missing; it is still kept here.',
      ),
    ).toBeVisible();
  });

  test('every scales screen passes axe in the dim theme', async ({ page }) => {
    await completeFirstRun(page);
    await page.goto('/settings');
    // The theme is a controlled radio that turns once the setting is saved: click, then wait for it to turn.
    await page.getByLabel('Dim (for the session room)').click();
    await expect(page.getByLabel('Dim (for the session room)')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    const results = makeRecentResults();
    await seedRecords(page, 'scaleResults', results);
    await page.goto('/');
    await expect(screenHeading(page)).toBeVisible();
    await expectNoAxeViolations(page);
    for (const path of ['/scales', '/scales/pcl5', `/scales/result/${results[2]?.id}`, '/scales/summary']) {
      await page.goto(path);
      await expect(screenHeading(page)).not.toBeEmpty();
      await expectNoAxeViolations(page);
    }
    await page.goto('/scales');
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.getByRole('table', { name: 'PHQ-9 scores over time' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('at 200% text on a 360 px screen nothing spills sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await completeFirstRun(page);
    const results = makeRecentResults();
    await seedRecords(page, 'scaleResults', results);
    await seedRecords(page, 'sessions', [makeRecentSession()]);
    for (const path of ['/scales', '/scales/pcl5', `/scales/result/${results[2]?.id}`, '/scales/summary']) {
      await page.goto(path);
      await expect(screenHeading(page)).not.toBeEmpty();
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });
});
