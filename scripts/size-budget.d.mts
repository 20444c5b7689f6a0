/** Budgets in KiB. */
export declare const BUDGETS: { js_initial_gzip_kib: number; precache_kib: number };
/** The scripts index.html loads up front, gzip-summed, in KiB. */
export declare function initialJsGzipKiB(dist?: string): { kib: number; files: string[] };
/** Everything listed in the service worker's precache manifest: gzip transfer size and size on disk, in KiB. */
export declare function precacheKiB(dist?: string): { kib: number; rawKiB: number; count: number };
/** Checks both budgets; returns the list of failures. */
export declare function checkBudgets(dist?: string): string[];
