import type { FirstScreens } from '../tests/bench/metrics/first-screen-bytes.ts';

/** Everything listed in the service worker's precache manifest: gzip transfer size and size on disk, in KiB. */
export declare function precacheKiB(dist?: string): { kib: number; rawKiB: number; count: number };
/** One budgeted size as measured. */
export interface SizeCheck {
  name: string;
  value: number;
  what: string;
  unit: string;
  budget: number;
}
/** The measured sizes, each with its budget. */
export declare function measureBudgetedSizes(
  dist?: string,
  budgets?: Record<string, number>,
): Promise<{ screens: FirstScreens; precache: { kib: number; rawKiB: number; count: number }; checks: SizeCheck[] }>;
/**
 * Checks every size budget; `budgets` overrides some (tests only); `files` also
 * lists every file each first screen fetched.
 */
export declare function checkBudgets(
  dist?: string,
  budgets?: Record<string, number>,
  options?: { files?: boolean },
): Promise<string[]>;
