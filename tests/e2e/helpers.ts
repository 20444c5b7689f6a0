import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { appRoutePaths } from './route-table';

/**
 * The heading a person should see on each path of the app's route table (a path with a parameter gives the
 * example to visit). A route missing here fails at once: every route must be covered by the all-routes journeys.
 */
const ROUTE_HEADINGS: Record<string, { visit?: string; heading: RegExp }> = {
  '/': { heading: /Today/ },
  '/prepare': { heading: /Prepare/ },
  '/check-in': { heading: /check-in/i },
  '/check-in/screening': { heading: /Eligibility questions/ },
  '/check-in/history': { heading: /Check-in history/ },
  '/settings/pack': { heading: /Safety rules/ },
  '/emergency': { heading: /Get help now/ },
  '/session': { heading: /[Ss]ession/ },
  '/session/prescription': { heading: /Your prescription/ },
  '/session/history': { heading: /Past sessions/ },
  '/session/after': { heading: /After the session/ },
  '/breathe': { heading: /Breathe/ },
  '/breathe/:patternId': { visit: '/breathe/coherent', heading: /Coherent breathing/ },
  '/breathe/patterns/new': { heading: /Make a pattern/ },
  '/journal': { heading: /Journal/ },
  '/journal/new': { heading: /New entry/ },
  '/journal/plan': { heading: /Integration plan/ },
  '/scales': { heading: /Questionnaires/ },
  '/scales/:scaleId': { visit: '/scales/phq9', heading: /PHQ-9/ },
  '/scales/summary': { heading: /Summary for your clinician/ },
  '/coach': { heading: /Coach/ },
  '/coach/invite': { heading: /Invite from a coach/ },
  '/coach/share': { heading: /Share with your coach/ },
  '/coach/open': { heading: /Open a share/ },
  '/learn': { heading: /What to expect/ },
  '/learn/:id': { visit: '/learn/integration', heading: /The days after: integration/ },
  '/learn/rule/:ruleId': { visit: '/learn/rule/sitter', heading: /Why you need a sitter/ },
  '/sitter': { heading: /Sitter guide/ },
  '/care-plan': { heading: /Your care plan/ },
  '/settings': { heading: /Settings/ },
  '/settings/backup': { heading: /Backup and restore/ },
  '/settings/lock': { heading: /App lock/ },
};

/** Routes that show a stored record (their parameter is a record's id): covered by their own feature's journeys. */
const RECORD_ROUTES = new Set([
  '/breathe/patterns/:patternId',
  '/breathe/practice/:practiceId',
  '/journal/:id',
  '/journal/:id/edit',
  '/scales/result/:id',
  '/coach/patient/:id',
  '/session/:id/after',
]);

function visitable(): { path: string; heading: RegExp }[] {
  const paths = appRoutePaths().filter((path) => !RECORD_ROUTES.has(path));
  const unknown = paths.filter((path) => !ROUTE_HEADINGS[path]);
  if (unknown.length > 0) throw new Error(`Add the heading of ${unknown.join(', ')} to ROUTE_HEADINGS (helpers.ts)`);
  const routes = paths.map((path) => {
    const { visit, heading } = ROUTE_HEADINGS[path]!;
    return { path: visit ?? path, heading };
  });
  return [...routes, { path: '/no-such-page', heading: /Page not found/ }];
}

/** Every route of the app's route table that can be visited without a stored record, with its heading. */
export const ROUTES: { path: string; heading: RegExp }[] = visitable();

/** Goes through the first-run welcome as a patient (or coach), answering "Not now" to the app lock offer. */
export async function completeFirstRun(
  page: Page,
  role: 'patient' | 'coach' = 'patient',
  startUrl = '/',
): Promise<void> {
  await page.goto(startUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Stillpoint' })).toBeVisible();
  await page.getByLabel(role === 'patient' ? /preparing for or having sessions/ : /coach or therapist/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await declineLockOffer(page);
}

/** Answers the first run's app lock offer with "Not now" and waits for the app itself. */
export async function declineLockOffer(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protect Stillpoint with a passphrase?');
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    /Welcome to Stillpoint|Protect Stillpoint with a passphrase\?/,
  );
}

/**
 * On the lock's set-up form (Settings or the first run's offer): takes the own-passphrase path (a made one is offered
 * first), types it twice, ticks that it cannot be recovered and presses Turn on; the caller waits for what follows.
 */
export async function submitOwnLockPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Choose my own passphrase instead' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('New passphrase again', { exact: true }).fill(passphrase);
  await page.getByLabel('I understand a forgotten passphrase cannot be recovered').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
}

/** Waits until the service worker controls the page (it has installed, precached and claimed it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** Records every request to an origin other than the app's own. */
export function watchForeignRequests(context: BrowserContext, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|chrome-extension):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Collects CSP and Trusted Types violations reported by the page (installed before any page script runs). */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** The CSP violations the current page has seen. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Runs axe on the page and expects no violations (WCAG 2.2 A and AA, and best practices). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The visible level-one heading of the current screen. */
export function screenHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Waits until the page has drawn animation frames for at least `ms` of its own clock: the time a running screen
 * needs to show a change (a countdown ticking, a recording growing). Fails if the page stops drawing.
 */
export async function framesDrawnFor(page: Page, ms: number): Promise<void> {
  const frames = await page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let count = 0;
        const tick = (at: number) => {
          count++;
          if (at - start >= span) resolve(count);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  expect(frames, 'animation frames drawn').toBeGreaterThan(ms / 100);
}
