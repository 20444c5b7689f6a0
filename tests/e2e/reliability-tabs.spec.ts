import { expect, test } from '@playwright/test';
import { completeFirstRun, screenHeading } from './helpers';

// The second page opens the database directly (as a newer build would), from a same-origin file the service
// worker must not turn into the app: so no service worker here.
test.use({ serviceWorkers: 'block' });

test('when a newer version opens in another tab, the old tab steps aside and the upgrade never hangs', async ({
  page,
  context,
}) => {
  await completeFirstRun(page);
  await expect(screenHeading(page)).toHaveText('Today');
  const current = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'stillpoint'));

  const newer = await context.newPage();
  await newer.goto('/icons/icon.svg');
  const outcome = await newer.evaluate(
    (version) =>
      new Promise<string>((resolve) => {
        const hang = setTimeout(() => resolve('blocked: the old tab never let go'), 5_000);
        const request = indexedDB.open('stillpoint', version);
        request.onsuccess = () => {
          clearTimeout(hang);
          request.result.close();
          resolve('upgraded');
        };
        request.onerror = () => resolve(`failed: ${request.error?.name}`);
      }),
    (current?.version ?? 1) + 1,
  );

  expect(outcome).toBe('upgraded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stillpoint was updated in another tab');
  await expect(page.getByText('Your writing from this tab was saved.')).toBeVisible();
});
