// The suite every engine runs: one browser, one served build, the journeys in order, and after each one the check
// that no page reported an uncaught error or an unhandled rejection.
import { afterAll, afterEach, beforeAll, expect, it as vitestIt } from 'vitest';
import { freePort } from '../../scripts/free-port.mjs';
import type { EnginePage } from './engine';
import {
  backupRestored,
  breathPractice,
  checkInHolds,
  firstRun,
  journalSurvivesReload,
  lockTurnedOn,
  offlineReload,
  shareOpenedByCoach,
} from './journeys';
import { navAt360 } from './nav-check';
import { type ServedBuild, serveBuild } from './served-build';

/** Time for a browser to start, and for a journey (key derivation at full strength is slow in some engines). */
export const ENGINE_TIMEOUT = 120_000;

/** The served build and the open page, shared by one file's journeys. */
export interface SuiteContext {
  page: EnginePage;
  site: ServedBuild;
}

/** Starts the build and the engine before the file's tests, checks errors after each, stops both at the end. */
export function useEngine(launch: () => Promise<EnginePage>): SuiteContext {
  const context = {} as SuiteContext;
  beforeAll(async () => {
    context.site = await serveBuild(Number(process.env.STILLPOINT_PORT ?? (await freePort())));
    context.page = await launch();
  }, ENGINE_TIMEOUT);
  afterEach(async () => {
    expect(await context.page.takeErrors(), 'uncaught errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await context.page?.close();
    await context.site?.dispose();
  }, ENGINE_TIMEOUT);
  return context;
}

/** A journey an engine is known to fail today, named by its title, with the reason (reported as skipped, not passed). */
export type KnownFailures = Readonly<Record<string, string>>;

/** Every main journey, in order, in the engine `launch` starts. */
export function mainJourneys(launch: () => Promise<EnginePage>, known: KnownFailures = {}): void {
  const ctx = useEngine(launch);
  const opts = { timeout: ENGINE_TIMEOUT };
  // A known failure is skipped by name, so the count says so; every other journey still runs in order.
  const it = (name: string, options: typeof opts, run: () => Promise<void>) =>
    known[name] === undefined ? vitestIt(name, options, run) : vitestIt.skip(`${name} (known: ${known[name]})`, run);
  it('first run: welcome, role, the lock offer declined, the home screen', opts, () =>
    firstRun(ctx.page, ctx.site.url),
  );
  it('offline reload: the service worker serves the app with the server stopped', opts, () =>
    offlineReload(ctx.page, ctx.site),
  );
  it('a journal entry survives a reload', opts, () => journalSurvivesReload(ctx.page, ctx.site));
  it('a breath practice starts, its cue changes, and it stops and is logged', opts, () =>
    breathPractice(ctx.page, ctx.site),
  );
  it('a check-in at 185/115 holds and offers no start', opts, () => checkInHolds(ctx.page, ctx.site));
  it('a share is opened and added by its coach', opts, () => shareOpenedByCoach(ctx.page, ctx.site));
  it('an encrypted backup made on one device is restored on another', opts, () => backupRestored(ctx.page, ctx.site));
  it('at 360 px every navigation item is visible', opts, async () => {
    expect(await navAt360(ctx.page, ctx.site)).toEqual([]);
  });
  it('turning on the app lock leaves no uncaught error', opts, () => lockTurnedOn(ctx.page, ctx.site));
}
