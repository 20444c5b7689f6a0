import { commands } from 'vitest/browser';
import type { MetricResult } from '../budgets.ts';

/** Where in-browser measurements leave their results for the harness to collect. */
export const BROWSER_RESULTS_DIR = 'test-results/bench';

/** Writes one group of in-browser metrics for `npm run bench` to merge. */
export async function report(group: string, metrics: Record<string, MetricResult>): Promise<void> {
  await commands.writeFile(`${BROWSER_RESULTS_DIR}/${group}.json`, JSON.stringify(metrics, null, 2));
}
