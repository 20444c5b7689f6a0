// Which in-browser measurement files (tests/bench/browser) a benchmark run starts, from the metrics it was asked for.

/** Which metrics each in-browser measurement file reports: a file that fails leaves these with its reason. */
export const BROWSER_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'breath.measure.ts': ['breath_audio_error_max_ms', 'breath_visual_error_max_ms'],
  'journal.measure.ts': [
    'entry_save_p95_ms',
    'import_10k_ms',
    'import_ratio_vs_raw_idb',
    'journal_open_10k_ms',
    'search_query_p95_ms',
    'search_build_10k_ms',
    'heap_10k_mib',
  ],
  'share.measure.ts': ['share_seal_100_ms', 'share_open_100_ms'],
};

/**
 * The measurement files to run: `undefined` for every one (a full run, or `--only browser`, which also runs the
 * harness check), else only those reporting an asked-for metric, so `--only offline_start_ratio` starts none.
 */
export function browserFilesFor(only: ReadonlySet<string> | undefined): string[] | undefined {
  if (!only || only.has('browser')) return undefined;
  return Object.entries(BROWSER_GROUPS)
    .filter(([, names]) => names.some((name) => only.has(name)))
    .map(([file]) => file);
}
