import { expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import {
  completeFirstRun,
  expectNoAxeViolations,
  framesDrawnFor,
  screenHeading,
  waitForServiceWorker,
} from './helpers';

// A fake microphone for the voice-note journey (the flags must apply to the whole file: they need their own worker).
const launch = chromiumLaunchOptions();
test.use({
  launchOptions: {
    ...launch,
    args: [...launch.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['microphone'],
});

/** Puts a record straight into the app's database (as another feature would have written it). */
/** The text of a stored draft, read raw from the app's database (undefined while there is none). */
function storedDraftText(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stillpoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const draft = await new Promise<{ text?: string } | undefined>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return draft?.text;
  }, id);
}

async function putRecord(page: Page, store: string, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ store, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stillpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, record },
  );
}

/** A session that ended the given number of minutes ago. */
function endedSession(minutesAgo: number) {
  const ended = Date.now() - minutesAgo * 60_000;
  return {
    id: 'session-e2e',
    createdAt: new Date(ended - 3 * 3_600_000).toISOString(),
    status: 'ended',
    dosedAt: new Date(ended - 2 * 3_600_000).toISOString(),
    endedAt: new Date(ended).toISOString(),
  };
}

/** First run as a patient, then the network goes away: everything below works offline. */
async function startOffline(page: Page): Promise<void> {
  await completeFirstRun(page);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
}

test.describe('journal', () => {
  test('write after a session with prompts, edit, search, delete and undo — offline', async ({ page }) => {
    test.slow(); // a long journey with an axe scan on every screen
    await startOffline(page);
    await putRecord(page, 'sessions', endedSession(10));
    await page.goto('/journal');
    await expect(screenHeading(page)).toHaveText('Journal');
    await expect(page.getByRole('heading', { name: 'Your session ended a short while ago' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Write with prompts' }).click();
    await expect(screenHeading(page)).toHaveText('New entry');
    await expect(page.getByText('Linked to your session of')).toBeVisible();
    await expect(page.getByLabel('Right after the session')).toBeChecked();
    await expect(page.getByText('Prompt 1 of 4')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('What stays with you most right now?').fill('A wide, warm ocean.');
    await page.getByRole('button', { name: 'Next prompt' }).click();
    await expect(page.getByText('Prompt 2 of 4')).toBeVisible();
    await page.getByRole('button', { name: 'Skip this prompt' }).click();
    await expect(page.getByText('Prompt 3 of 4')).toBeVisible();
    await page.getByLabel('Title (optional)').fill('After the session');
    await page.getByLabel('Your entry').fill('I felt held by the music.');
    await page.getByRole('group', { name: 'Mood' }).getByLabel('4').check();
    await page.getByLabel('Tags (optional)').fill('music, Body');
    await page.getByRole('button', { name: 'Save entry' }).click();

    await expect(screenHeading(page)).toHaveText('After the session');
    await expect(page.getByText('A wide, warm ocean.')).toBeVisible();
    await expect(page.getByText('Mood: 4 of 5')).toBeVisible();
    await expect(page.getByText('I felt held by the music.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(screenHeading(page)).toHaveText('Edit entry');
    await expect(page.getByLabel('Your entry')).toHaveValue('I felt held by the music.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Your entry').fill('I felt held by the music, then very light.');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByText('then very light.')).toBeVisible();

    await page.getByRole('link', { name: 'Back to journal' }).click();
    await page.getByLabel('Search your journal').fill('ocea');
    await expect(page.getByRole('status').filter({ hasText: '1 entry' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Matching entries' }).getByRole('link')).toHaveText(
      /After the session/,
    );
    await page.getByLabel('Search your journal').fill('');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Tag').selectOption('music');
    await expect(page.getByRole('status').filter({ hasText: '1 entry' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Tag').selectOption('');
    await page.getByLabel('Mood').selectOption('2');
    await expect(page.getByRole('status').filter({ hasText: '0 entries' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search your journal').fill('nothing like this');
    await expect(page.getByRole('status').filter({ hasText: '0 entries' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Search your journal').fill('');
    await page.getByRole('link', { name: /After the session/ }).click();
    await page.getByRole('button', { name: 'Delete entry' }).click();
    await expect(screenHeading(page)).toHaveText('Journal');
    await expect(page.getByText('Entry deleted')).toBeVisible();
    await expect(page.getByRole('link', { name: /After the session/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: /After the session/ })).toBeVisible();
    await page.getByRole('link', { name: /After the session/ }).click();
    await expect(page.getByText('then very light.')).toBeVisible();
    await expect(page.getByText('A wide, warm ocean.')).toBeVisible();
  });

  test('a quick note after a session: large targets, the dim theme, saved in one tap', async ({ page }) => {
    await startOffline(page);
    await putRecord(page, 'sessions', endedSession(5));
    await page.goto('/journal');
    const offer = page.locator('.card', {
      has: page.getByRole('heading', { name: 'Your session ended a short while ago' }),
    });
    await offer.getByRole('link', { name: 'Quick note' }).click();
    await expect(screenHeading(page)).toHaveText('Quick note');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    await expectNoAxeViolations(page);
    const save = page.getByRole('button', { name: 'Save entry' });
    expect((await save.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    await page.getByLabel('What is with you right now?').fill('Colours, and my grandmother.');
    await save.click();
    await expect(screenHeading(page)).toHaveText('Colours, and my grandmother.');
    await expect(page.getByText(/after your session of/)).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Last journal entry' })).toBeVisible();
    await page.getByRole('link', { name: 'Colours, and my grandmother.' }).click();
    await expect(screenHeading(page)).toHaveText('Colours, and my grandmother.');
  });

  test('a draft survives the page being killed and opening the journal returns to it', async ({ page, context }) => {
    await startOffline(page);
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').fill('Every word of this must survive.');
    await expect.poll(() => storedDraftText(page, 'journal:new')).toBe('Every word of this must survive.');
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto('/journal');
    await again.getByRole('link', { name: 'Continue writing' }).click();
    await expect(again.getByLabel('Your entry')).toHaveValue('Every word of this must survive.');
  });

  test('an integration plan: a commitment gets three follow-ups, and what is due shows at home', async ({ page }) => {
    await startOffline(page);
    await putRecord(page, 'sessions', endedSession(60 * 24 * 4));
    await page.goto('/journal/plan');
    await expect(screenHeading(page)).toHaveText('Integration plan');
    await expect(page.getByLabel('Counted from')).toBeVisible();
    await page.getByLabel('A small commitment').fill('A ten-minute walk each morning');
    await page.getByRole('button', { name: 'Add commitment' }).click();
    const due = page.getByRole('region', { name: 'Due now' });
    await expect(due.getByRole('button', { name: 'Mark done: 3 days after' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Coming up' }).getByRole('listitem')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Follow-ups due' })).toBeVisible();
    await page.getByRole('link', { name: 'Open your integration plan' }).click();
    await page.getByLabel('How is it going? (optional)').fill('Walked three mornings.');
    await page.getByRole('button', { name: /Mark done: 3 days after/ }).click();
    await expect(page.getByRole('region', { name: 'Done' }).getByText('Walked three mornings.')).toBeVisible();
  });
});

test.describe('journal voice notes', () => {
  test('records a voice note on the device, plays it back, attaches it and deletes it', async ({ page }) => {
    await startOffline(page);
    await page.goto('/journal/new');
    await page.getByLabel('Your entry').fill('Said it out loud.');
    await page.getByRole('button', { name: 'Record a voice note' }).click();
    await expect(page.getByText('Recording…')).toBeVisible();
    await framesDrawnFor(page, 1500);
    await page.getByRole('button', { name: 'Stop and keep' }).click();
    await expect(page.getByRole('figure', { name: /Voice note 1/ })).toBeVisible();
    await expect
      .poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.readyState))
      .toBeGreaterThanOrEqual(1);
    await expect(page.locator('audio')).toHaveAttribute('src', /^blob:/);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(screenHeading(page)).toHaveText('Said it out loud.');
    await expect(page.getByRole('region', { name: 'Voice notes' }).locator('audio')).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Delete voice note 1' }).click();
    await page.getByRole('button', { name: 'Yes, delete voice note 1' }).click();
    await expect(page.locator('audio')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(screenHeading(page)).toHaveText('Said it out loud.');
    await expect(page.locator('audio')).toHaveCount(0);
  });
});
