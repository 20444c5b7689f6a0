// The main journeys in Firefox ESR (headless, WebDriver BiDi), and the first run with its storage prompt unanswered.
import { afterAll, describe, it } from 'vitest';
import { type HeldFront, heldFront } from './held-front';
import { ENGINE_TIMEOUT, mainJourneys, useEngine } from './journey-suite';
import { firstRun } from './journeys';
import { launchFirefox } from './puppeteer-engine';
import { firstInstallNotOffered, newVersionOffered } from './update-journey';

describe('Firefox ESR', () => mainJourneys(() => launchFirefox()));

describe('Firefox ESR, the persistent-storage prompt left unanswered', () => {
  const ctx = useEngine(() => launchFirefox({ storagePrompt: 'unanswered' }));
  // Without the testing prefs Firefox shows its doorhanger and `persist()` waits for an answer nobody gives.
  it('the first run goes on while the prompt waits', { timeout: ENGINE_TIMEOUT }, () =>
    firstRun(ctx.page, ctx.site.url),
  );
});

describe('Firefox ESR, a fresh profile and then a new version of the app', () => {
  const ctx = useEngine(() => launchFirefox());
  let front: HeldFront | undefined;
  afterAll(() => front?.close());
  // Firefox once offered "A new version is ready" here: the first worker waits for a moment with nothing active.
  it('a second load during the first install offers no update', { timeout: ENGINE_TIMEOUT }, async () => {
    front = await heldFront(Number(new URL(ctx.site.url).port), (path) => path === '/help-now.html');
    await firstInstallNotOffered(ctx.page, front);
  });
  it('a new build is offered on the next load, and "Update now" reloads into it', { timeout: ENGINE_TIMEOUT }, () =>
    newVersionOffered(ctx.page, ctx.site, front?.url),
  );
});
