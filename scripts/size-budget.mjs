// Size budgets (see budgets.md): the JS for the first screen and the whole precache. Sizes are deterministic, so
// these fail CI. Run after `vite build`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in KiB. */
export const BUDGETS = { js_initial_gzip_kib: 30, precache_kib: 300 };

/** The scripts index.html loads up front (the entry and its static imports), gzip-summed, in KiB. */
export function initialJsGzipKiB(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const total = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return { kib: total / 1024, files };
}

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

/** Checks both budgets; returns the list of failures (empty when within budget). */
export function checkBudgets(dist = 'dist') {
  const initial = initialJsGzipKiB(dist);
  const precache = precacheKiB(dist);
  const failures = [];
  if (initial.kib > BUDGETS.js_initial_gzip_kib)
    failures.push(`First-screen JS is ${initial.kib.toFixed(1)} KiB gzip (budget ${BUDGETS.js_initial_gzip_kib}).`);
  if (precache.kib > BUDGETS.precache_kib)
    failures.push(`Precache downloads ${precache.kib.toFixed(1)} KiB gzip (budget ${BUDGETS.precache_kib}).`);
  if (readdirSync(dist).length === 0) failures.push('dist is empty: run vite build first.');
  console.log(
    `size: first-screen JS ${initial.kib.toFixed(1)} KiB gzip (budget ${BUDGETS.js_initial_gzip_kib}); ` +
      `precache ${precache.kib.toFixed(1)} KiB gzip, ${precache.rawKiB.toFixed(1)} KiB on disk, in ${precache.count} files (budget ${BUDGETS.precache_kib} gzip)`,
  );
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failures = checkBudgets();
  for (const failure of failures) console.error(failure);
  process.exit(failures.length ? 1 : 0);
}
