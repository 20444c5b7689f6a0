// Chromium's share of the engine journeys: the 360 px navigation check and its screenshot (Playwright runs the
// rest of the journeys in Chromium already).
import { describe, expect, it } from 'vitest';
import { ENGINE_TIMEOUT, useEngine } from './journey-suite';
import { firstRun } from './journeys';
import { navAt360 } from './nav-check';
import { launchChromium } from './puppeteer-engine';

describe('Chromium', () => {
  const ctx = useEngine(launchChromium);
  it('at 360 px every navigation item is visible', { timeout: ENGINE_TIMEOUT }, async () => {
    await firstRun(ctx.page, ctx.site.url);
    expect(await navAt360(ctx.page, ctx.site)).toEqual([]);
  });
});
