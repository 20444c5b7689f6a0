import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../chromium.ts';
import type { MetricResult } from '../budgets.ts';
import { METRICS } from '../budgets.ts';
import { median } from '../stats.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** Lighthouse (mobile) against the served production build, median of `runs` runs, through npx (not a dependency). */
export function measureLighthouse(url: string, runs = 3): Record<string, MetricResult> {
  const reports: LighthouseReport[] = [];
  let failure = '';
  for (let i = 0; i < runs; i++) {
    const out = join(mkdtempSync(join(tmpdir(), 'stillpoint-lh-')), 'report.json');
    const flags = [
      ...chromiumArgs,
      '--headless',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'stillpoint-lh-profile-'))}`,
    ];
    const result = spawnSync(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${flags.join(' ')}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) {
      failure = (result.stderr || result.error?.message || 'lighthouse failed').split('\n').slice(-3).join(' ');
      continue;
    }
    reports.push(JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport);
  }
  const note = `median of ${reports.length} mobile runs (${LIGHTHOUSE})`;
  const pick = (f: (r: LighthouseReport) => number | undefined) =>
    reports.length ? median(reports.map(f).filter((v): v is number => typeof v === 'number')) : null;
  const metric = (name: string, value: number | null, unit: string): MetricResult =>
    value === null || Number.isNaN(value)
      ? { value: null, unit, budget: METRICS[name]?.budget ?? 0, missing: `Lighthouse did not run: ${failure}` }
      : { value: Math.round(value * 1000) / 1000, unit, budget: METRICS[name]?.budget ?? 0, note };
  const score = (id: string) => pick((r) => (r.categories[id]?.score ?? 0) * 100);
  return {
    lighthouse_performance: metric('lighthouse_performance', score('performance'), 'score'),
    lighthouse_accessibility: metric('lighthouse_accessibility', score('accessibility'), 'score'),
    lighthouse_best_practices: metric('lighthouse_best_practices', score('best-practices'), 'score'),
    lcp_ms: metric(
      'lcp_ms',
      pick((r) => r.audits['largest-contentful-paint']?.numericValue),
      'ms',
    ),
    cls: metric(
      'cls',
      pick((r) => r.audits['cumulative-layout-shift']?.numericValue),
      'score',
    ),
    tbt_ms: metric(
      'tbt_ms',
      pick((r) => r.audits['total-blocking-time']?.numericValue),
      'ms',
    ),
  };
}
