// Size budgets (see budgets.md; the numbers live in tests/bench/budgets.ts): what a person's browser downloads before
// the first screen is usable, measured by loading the production build in Debian's Chromium (welcome on a first
// visit; home for a returning patient with a year of data), and the whole precache. Sizes are deterministic, so
// these fail CI. Run after `vite build`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetOf } from '../tests/bench/budgets.ts';
import { measureFirstScreens } from '../tests/bench/metrics/first-screen-bytes.ts';

/**
 * Everything listed in the service worker's precache manifest, in KiB: `kib` is what a first visit downloads from a
 * host that compresses (gzip -9; PNGs as they are), which is what the budget guards; `rawKiB` is the size on disk.
 */
export function precacheKiB(dist = 'dist') {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let transfer = 0;
  for (const url of urls) {
    const bytes = readFileSync(join(dist, url));
    raw += statSync(join(dist, url)).size;
    transfer += /\.(png|jpe?g|webp)$/.test(url) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  return { kib: transfer / 1024, rawKiB: raw / 1024, count: urls.length };
}

/** The measured sizes, each with its budget from tests/bench/budgets.ts (or from `budgets`, for a test). */
export async function measureBudgetedSizes(dist = 'dist', budgets = {}) {
  const screens = await measureFirstScreens(dist);
  const precache = precacheKiB(dist);
  return {
    screens,
    precache,
    checks: [
      {
        name: 'js_welcome_gzip_kib',
        value: screens.welcome.gzipKiB,
        what: 'Welcome (first visit) downloads',
        unit: 'KiB gzip',
      },
      {
        name: 'js_home_gzip_kib',
        value: screens.home.gzipKiB,
        what: 'Home (returning patient) downloads',
        unit: 'KiB gzip',
      },
      {
        name: 'js_home_requests',
        value: screens.home.scriptRequests,
        what: 'Home (returning patient) makes',
        unit: 'script requests',
      },
      { name: 'precache_kib', value: precache.kib, what: 'The precache downloads', unit: 'KiB gzip' },
    ].map((check) => ({ ...check, budget: budgets[check.name] ?? budgetOf(check.name) })),
  };
}

/** Prints, for each first screen, every file it fetched (and block inlined in its page) by gzip size, largest first. */
function listFiles(screens) {
  for (const [screen, { files }] of Object.entries(screens)) {
    console.log(`size: ${screen} downloaded ${files.length} files (inline blocks weighed as files):`);
    for (const file of [...files].sort((a, b) => b.gzipBytes - a.gzipBytes))
      console.log(`  ${(file.gzipBytes / 1024).toFixed(1).padStart(6)} KiB  ${file.path}`);
  }
}

/**
 * Checks every size budget on the build in `dist`; returns the list of failures (empty when within budget).
 * `budgets` overrides budgets (tests only); `files` also lists every file each first screen fetched.
 */
export async function checkBudgets(dist = 'dist', budgets = {}, { files = false } = {}) {
  if (!existsSync(join(dist, 'index.html'))) return [`${dist}/index.html is missing: run vite build first.`];
  const { checks, screens } = await measureBudgetedSizes(dist, budgets);
  if (files) listFiles(screens);
  const failures = [];
  for (const check of checks) {
    const shown = Number.isInteger(check.value) ? String(check.value) : check.value.toFixed(1);
    const over = check.value > check.budget;
    console.log(`size: ${check.what} ${shown} ${check.unit} (budget ${check.budget})${over ? ' OVER BUDGET' : ''}`);
    if (over)
      failures.push(`${check.what} ${shown} ${check.unit}: over its budget of ${check.budget} (${check.name}).`);
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  const failures = await checkBudgets(dist, {}, { files: args.includes('--files') });
  for (const failure of failures) console.error(failure);
  process.exit(failures.length ? 1 : 0);
}
