// The metrics of budgets.md: name, unit and budget. The one list for the harness, its table, the README and the CI
// size check (scripts/size-budget.mjs reads the size budgets from here).

/** Whether a metric must stay at or under its budget, or at or above it. */
export type Direction = 'max' | 'min';

/** What the harness reports for one metric. */
export interface MetricSpec {
  unit: string;
  budget: number;
  direction: Direction;
}

/** Every metric the benchmark reports, as named in budgets.md. */
export const METRICS: Record<string, MetricSpec> = {
  js_welcome_gzip_kib: { unit: 'KiB', budget: 25, direction: 'max' },
  js_home_gzip_kib: { unit: 'KiB', budget: 30, direction: 'max' },
  js_home_requests: { unit: 'requests', budget: 10, direction: 'max' },
  precache_kib: { unit: 'KiB', budget: 300, direction: 'max' },
  lighthouse_performance: { unit: 'score', budget: 98, direction: 'min' },
  lighthouse_accessibility: { unit: 'score', budget: 100, direction: 'min' },
  lighthouse_best_practices: { unit: 'score', budget: 100, direction: 'min' },
  lcp_ms: { unit: 'ms', budget: 1200, direction: 'max' },
  cls: { unit: 'score', budget: 0.02, direction: 'max' },
  tbt_ms: { unit: 'ms', budget: 50, direction: 'max' },
  offline_start_ms: { unit: 'ms', budget: 300, direction: 'max' },
  offline_start_ratio: { unit: 'ratio', budget: 1.5, direction: 'max' },
  entry_save_p95_ms: { unit: 'ms', budget: 10, direction: 'max' },
  import_10k_ms: { unit: 'ms', budget: 1500, direction: 'max' },
  import_ratio_vs_raw_idb: { unit: 'ratio', budget: 1.3, direction: 'max' },
  journal_open_10k_ms: { unit: 'ms', budget: 100, direction: 'max' },
  search_query_p95_ms: { unit: 'ms', budget: 16, direction: 'max' },
  search_build_10k_ms: { unit: 'ms', budget: 1000, direction: 'max' },
  breath_audio_error_max_ms: { unit: 'ms', budget: 5, direction: 'max' },
  breath_visual_error_max_ms: { unit: 'ms', budget: 17, direction: 'max' },
  share_seal_100_ms: { unit: 'ms', budget: 150, direction: 'max' },
  share_open_100_ms: { unit: 'ms', budget: 150, direction: 'max' },
  heap_10k_mib: { unit: 'MiB', budget: 40, direction: 'max' },
  interaction_save_ms: { unit: 'ms', budget: 100, direction: 'max' },
};

/** One measured (or missing) metric in the results file. */
export interface MetricResult {
  value: number | null;
  unit: string;
  budget: number;
  /** Why there is no value (the feature is not built yet, or the measurement could not run here). */
  missing?: string;
  /** How it was measured (runs, baseline). */
  note?: string;
}

/** The budget of a metric (every name used here is in METRICS: a typo fails loudly instead of passing). */
export function budgetOf(name: string): number {
  const spec = METRICS[name];
  if (!spec) throw new Error(`No budget named ${name}`);
  return spec.budget;
}

/** Whether a value is within its budget. */
export function withinBudget(name: string, value: number): boolean {
  const spec = METRICS[name];
  if (!spec) return true;
  return spec.direction === 'max' ? value <= spec.budget : value >= spec.budget;
}
