// At 360 px every area must be one tap away: every link and button of the navigation landmark that is shown lies
// wholly inside the viewport and is not covered. Written against that rule, not a particular design, so it holds
// for a single row, two rows or a "More" list alike (items inside a closed "More" are not shown, so not counted).
import { mkdirSync } from 'node:fs';
import type { EnginePage } from './engine';
import { expectHeading, waitFor } from './page-checks';
import type { ServedBuild } from './served-build';

/** Where the screenshots go (test-results/ is never committed). */
export const SCREENSHOT_DIR = 'test-results/engines';

/** One navigation item that a person at 360 px could not see or reach whole. */
export interface HiddenNavItem {
  name: string;
  why: string;
}

/** Runs in the page: the navigation's shown items that are cut off, off-screen or covered. */
export function navItemsOutOfView(): { count: number; hidden: HiddenNavItem[] } {
  const landmark = document.querySelector('nav[aria-label="Main"], [role="navigation"][aria-label="Main"]');
  const items = [...(landmark?.querySelectorAll('a[href], button') ?? [])];
  const hidden: HiddenNavItem[] = [];
  let count = 0;
  for (const item of items) {
    const box = item.getBoundingClientRect();
    const style = getComputedStyle(item);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    count++;
    const name = (item.getAttribute('aria-label') ?? item.textContent ?? '').trim();
    const inside = box.left >= 0 && box.top >= 0 && box.right <= innerWidth + 0.5 && box.bottom <= innerHeight + 0.5;
    if (!inside) {
      const at = `x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)}`;
      hidden.push({ name, why: `${at} in a ${innerWidth} × ${innerHeight} viewport` });
      continue;
    }
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!atCentre || !(item === atCentre || item.contains(atCentre))) hidden.push({ name, why: 'covered' });
  }
  return { count, hidden };
}

/** Runs in the page: opens every closed disclosure of the navigation (a "More" list); returns how many it opened. */
export function openNavDisclosures(): number {
  const closed = document.querySelectorAll('nav[aria-label="Main"] button[aria-expanded="false"]');
  for (const button of closed) (button as HTMLButtonElement).click();
  return closed.length;
}

/**
 * At 360 × 740 the home screen with its navigation: screenshots saved, and every shown item checked in view, first
 * as it opens, then with any "More" list open (what lies under it must be in view once it is open).
 */
export async function navAt360(page: EnginePage, site: ServedBuild): Promise<HiddenNavItem[]> {
  await page.setViewport(360, 740);
  await page.goto(`${site.url}/`);
  await expectHeading(page, 'Today');
  // The offline-ready note is a toast over the page's foot; a person would dismiss it, so the check does too.
  await waitFor(page, 'the navigation', () => document.querySelector('nav, [role="navigation"]') !== null);
  await page.evaluate(() => {
    const ok = [...document.querySelectorAll('.toasts button')].find((b) => b.textContent?.trim() === 'OK');
    (ok as HTMLButtonElement | undefined)?.click();
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot(`${SCREENSHOT_DIR}/home-nav-360-${page.engine}.png`);
  const closed = await page.evaluate(navItemsOutOfView);
  if (closed.count === 0) return [{ name: '(none)', why: 'the main navigation shows no item' }];
  if ((await page.evaluate(openNavDisclosures)) === 0) return closed.hidden;
  await page.screenshot(`${SCREENSHOT_DIR}/home-nav-360-${page.engine}-more.png`);
  const open = await page.evaluate(navItemsOutOfView);
  return [...closed.hidden, ...open.hidden.map((item) => ({ ...item, why: `${item.why} (More open)` }))];
}
