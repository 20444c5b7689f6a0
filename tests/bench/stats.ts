// Small statistics for the benchmark: timings are medians or percentiles of several runs, never single samples.

/** The median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Runs an async task several times and returns each duration in milliseconds. */
export async function timeRuns(
  runs: number,
  task: () => Promise<void>,
  setup?: () => Promise<void>,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (setup) await setup();
    const start = performance.now();
    await task();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * Times a candidate against a baseline in the same run, interleaved so machine noise hits both alike, and returns
 * the median of each and their ratio (candidate / baseline).
 */
export async function measureRatio(
  runs: number,
  candidate: () => Promise<void>,
  baseline: () => Promise<void>,
  setup?: () => Promise<void>,
): Promise<{ candidateMs: number; baselineMs: number; ratio: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(...(await timeRuns(1, candidate, setup)));
    b.push(...(await timeRuns(1, baseline, setup)));
  }
  const candidateMs = median(a);
  const baselineMs = median(b);
  return { candidateMs, baselineMs, ratio: candidateMs / baselineMs };
}
