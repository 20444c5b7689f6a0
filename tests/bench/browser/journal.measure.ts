import { it } from 'vitest';
import { buildSearchIndex } from '../../../src/domain/search-index';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';
import { importEntries, listAllEntries, listEntriesPage, saveEntry } from '../../../src/storage/entries-store';
import { makeEntries, makeEntry } from '../../fixtures/journal-builders';
import { METRICS, type MetricResult } from '../budgets.ts';
import { clearRaw, openRawDb, rawPutAll } from '../raw-idb.ts';
import { measureRatio, median, percentile, timeRuns } from '../stats.ts';
import { report } from './report.ts';

const N = 10_000;
const entries = makeEntries(N, 7);
const QUERIES = ['quiet', 'music', 'felt', 'mother', 'breath', 'light', 'tired', 'walk', 'sleep', 'room'];

function metric(name: string, value: number, note: string): MetricResult {
  return {
    value: Math.round(value * 100) / 100,
    unit: METRICS[name]?.unit ?? 'ms',
    budget: METRICS[name]?.budget ?? 0,
    note,
  };
}

/** Keeps the main thread busy for `busyMs` of every `periodMs` until the returned function is called. */
function keepMainThreadBusy(busyMs: number, periodMs: number): () => void {
  const timer = setInterval(() => {
    const end = performance.now() + busyMs;
    while (performance.now() < end) {
      // Busy on purpose: this is the load the query must answer under.
    }
  }, periodMs);
  return () => clearInterval(timer);
}

/** An empty database, already open: the raw baseline's database is open too, so neither pays for opening. */
async function freshDb(): Promise<void> {
  await closeDb();
  await deleteDb();
  await getDb();
}

it('measures the journal with 10,000 entries', async () => {
  const out: Record<string, MetricResult> = {};

  // Import: the app's path (validated, one durable transaction) against raw puts of the same records.
  const raw = await openRawDb();
  const importRatio = await measureRatio(
    5,
    () => importEntries(entries),
    () => rawPutAll(raw, entries),
    async () => {
      await freshDb();
      await clearRaw(raw);
    },
  );
  raw.close();
  out.import_10k_ms = metric(
    'import_10k_ms',
    importRatio.candidateMs,
    'median of 5, importEntries (validated, one transaction)',
  );
  out.import_ratio_vs_raw_idb = metric(
    'import_ratio_vs_raw_idb',
    importRatio.ratio,
    `vs raw IndexedDB puts of the same records in one transaction (${importRatio.baselineMs.toFixed(0)} ms), interleaved`,
  );

  // Open: the first page of results, newest first, from a database holding 10,000 entries.
  await freshDb();
  await importEntries(entries);
  await closeDb();
  const open = await timeRuns(
    9,
    async () => {
      await listEntriesPage(undefined, 30);
    },
    closeDb,
  );
  out.journal_open_10k_ms = metric(
    'journal_open_10k_ms',
    median(open),
    'median of 9: open the database and read the first page of 30',
  );

  // Save one entry, durably (strict durability, resolves after commit), 100 times.
  const saves = await timeRuns(100, () => saveEntry(makeEntry({ id: `bench-${crypto.randomUUID()}` })));
  out.entry_save_p95_ms = metric(
    'entry_save_p95_ms',
    percentile(saves, 95),
    'p95 of 100 durable saves into a 10k journal',
  );

  // Search: build the in-memory index over every entry, then type-ahead queries.
  const all = await listAllEntries();
  const builds = await timeRuns(5, async () => {
    buildSearchIndex(all);
  });
  out.search_build_10k_ms = metric('search_build_10k_ms', median(builds), 'median of 5 builds over 10,000 entries');
  const index = buildSearchIndex(all);
  // Type-ahead with the main thread busy (a 5 ms task every 16 ms, about 30%): each keystroke's query is queued as a
  // task, as an input handler's would be, and timed from the keystroke to its results, waits behind the busy work
  // included.
  const stopBusy = keepMainThreadBusy(5, 16);
  const queryTimes: number[] = [];
  try {
    for (const word of QUERIES) {
      for (let i = 1; i <= word.length; i++) {
        const keystroke = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
        index.search(word.slice(0, i));
        queryTimes.push(performance.now() - keystroke);
      }
    }
  } finally {
    stopBusy();
  }
  out.search_query_p95_ms = metric(
    'search_query_p95_ms',
    percentile(queryTimes, 95),
    `p95 of ${queryTimes.length} type-ahead queries over ${N.toLocaleString('en')} entries, keystroke to results, main thread ~30% busy`,
  );

  // Heap with everything loaded and indexed.
  (globalThis as { gc?: () => void }).gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) {
    out.heap_10k_mib = metric(
      'heap_10k_mib',
      memory.usedJSHeapSize / 2 ** 20,
      '10,000 entries loaded and indexed, after GC',
    );
  }
  void [all.length, index];
  await report('journal', out);
  await freshDb();
});
