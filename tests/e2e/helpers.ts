import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';

/** Every route with the heading a person should see there. Features update their line as they land. */
export const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /Today/ },
  { path: '/prepare', heading: /Prepare/ },
  { path: '/check-in', heading: /check-in/i },
  { path: '/check-in/screening', heading: /Eligibility questions/ },
  { path: '/check-in/history', heading: /Check-in history/ },
  { path: '/settings/pack', heading: /Safety rules/ },
  { path: '/emergency', heading: /Get help now/ },
  { path: '/session', heading: /[Ss]ession/ },
  { path: '/session/prescription', heading: /Your prescription/ },
  { path: '/session/history', heading: /Past sessions/ },
  { path: '/session/after', heading: /After the session/ },
  { path: '/breathe', heading: /Breathe/ },
  { path: '/breathe/coherent', heading: /Coherent breathing/ },
  { path: '/journal', heading: /Journal/ },
  { path: '/journal/new', heading: /New entry/ },
  { path: '/journal/plan', heading: /Integration plan/ },
  { path: '/scales', heading: /scales/i },
  { path: '/scales/phq9', heading: /PHQ-9/ },
  { path: '/scales/summary', heading: /Summary for your clinician/ },
  { path: '/coach', heading: /Coach/ },
  { path: '/coach/share', heading: /Share with your coach/ },
  { path: '/coach/open', heading: /Open a share/ },
  { path: '/learn', heading: /What to expect/ },
  { path: '/learn/rule/sitter', heading: /Why you need a sitter/ },
  { path: '/sitter', heading: /Sitter guide/ },
  { path: '/care-plan', heading: /Your care plan/ },
  { path: '/settings', heading: /Settings/ },
  { path: '/settings/backup', heading: /Backup and restore/ },
  { path: '/settings/lock', heading: /App lock/ },
  { path: '/no-such-page', heading: /Page not found/ },
];

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
