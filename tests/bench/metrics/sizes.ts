import { initialJsGzipKiB, precacheKiB } from '../../../scripts/size-budget.mjs';
import type { MetricResult } from '../budgets.ts';
import { METRICS } from '../budgets.ts';

/** Sizes from the build output: deterministic, so these are the budgets CI enforces. */
export function measureSizes(dist = 'dist'): Record<string, MetricResult> {
  const initial = initialJsGzipKiB(dist);
  const precache = precacheKiB(dist);
  return {
    js_initial_gzip_kib: {
      value: round(initial.kib),
      unit: 'KiB',
      budget: METRICS.js_initial_gzip_kib?.budget ?? 30,
      note: `gzip -9 of ${initial.files.join(', ')}`,
    },
    precache_kib: {
      value: round(precache.kib),
      unit: 'KiB',
      budget: METRICS.precache_kib?.budget ?? 300,
      note: `gzip transfer size of ${precache.count} files; ${round(precache.rawKiB)} KiB on disk`,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
