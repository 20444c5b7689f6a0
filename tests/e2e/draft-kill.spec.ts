// Typing steadily for six seconds, then a hard kill of the browser (SIGKILL of its whole process group, a crash
// rather than a close): after a relaunch on the same profile, the draft keeps all but about the last second.
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freshProfileDir } from '../chromium';
import { killHard, launch, waitForProfileRelease } from './crash-browser';
import { declineLockOffer } from './helpers';

/** One key every 100 ms: never the pause the old debounce alone waited for. */
const KEY_DELAY_MS = 100;
/** Six seconds of typing at that pace. */
const TEXT = 'steady typing keeps going '.repeat(3).slice(0, 60);
/** About a second of typing at that pace, and a little room for the write itself. */
const MAY_LOSE = 15;

test('a hard kill after six seconds of steady typing loses at most about the last second', async ({ baseURL }) => {
  test.slow();
  const profile = freshProfileDir();
  try {
    let running = await launch(profile, `${baseURL}/`);
    const { page } = running;
    await page.getByLabel(/preparing for or having sessions/).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await declineLockOffer(page);
    await page.goto(`${baseURL}/journal/new`);
    await page.getByLabel('Your entry').click();
    await page.keyboard.type(TEXT, { delay: KEY_DELAY_MS });
    await killHard(running);
    await waitForProfileRelease(profile);

    running = await launch(profile, `${baseURL}/`);
    // Home's unfinished writing opens that very draft.
    await running.page.getByRole('link', { name: 'Untitled draft' }).click();
    const box = running.page.getByLabel('Your entry');
    await expect(box).not.toHaveValue('');
    const kept = await box.inputValue();
    expect(TEXT.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(TEXT.length - MAY_LOSE);
    await running.browser.close();
    await killHard(running);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
