import { measureBudgetedSizes } from '../../../scripts/size-budget.mjs';
import type { MetricResult } from '../budgets.ts';
import { METRICS } from '../budgets.ts';

/** Sizes of what a person downloads, from the same measurement as the CI size check (deterministic: CI enforces them). */
export async function measureSizes(dist = 'dist'): Promise<Record<string, MetricResult>> {
  const { screens, precache, checks } = await measureBudgetedSizes(dist);
  const notes: Record<string, string> = {
    js_welcome_gzip_kib: `first visit, ${screens.welcome.files.length} JS/CSS files, each gzip -9, until the welcome is usable`,
    js_home_gzip_kib: `returning patient with a year of data, ${screens.home.files.length} JS/CSS files, until home is usable`,
    js_home_requests: 'script requests until the home screen is usable',
    precache_kib: `gzip transfer size of ${precache.count} files; ${round(precache.rawKiB)} KiB on disk`,
  };
  return Object.fromEntries(
    checks.map((check) => [
      check.name,
      {
        value: round(check.value),
        unit: METRICS[check.name]?.unit ?? check.unit,
        budget: check.budget,
        note: notes[check.name] ?? '',
      },
    ]),
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
