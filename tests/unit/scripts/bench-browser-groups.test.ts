import { describe, expect, it } from 'vitest';
import { BROWSER_GROUPS, browserFilesFor } from '../../bench/browser-groups';
import { METRICS } from '../../bench/budgets';

describe('which in-browser measurements a benchmark run starts', () => {
  it('starts every file on a full run and on --only browser', () => {
    expect(browserFilesFor(undefined)).toBeUndefined();
    expect(browserFilesFor(new Set(['browser']))).toBeUndefined();
  });

  it('starts none when only metrics measured outside the browser files are asked for', () => {
    expect(browserFilesFor(new Set(['offline_start_ratio', 'lcp_ms']))).toEqual([]);
  });

  it('starts only the files that report an asked-for metric', () => {
    expect(browserFilesFor(new Set(['search_query_p95_ms', 'share_open_100_ms']))).toEqual([
      'journal.measure.ts',
      'share.measure.ts',
    ]);
  });

  it('names only metrics the budgets know', () => {
    for (const name of Object.values(BROWSER_GROUPS).flat()) expect(METRICS[name], name).toBeDefined();
  });
});
