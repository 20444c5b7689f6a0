import { useCallback, useEffect, useState } from 'preact/hooks';
import type { JournalEntry } from '../../domain/journal-entry';
import { type EntryCursor, listEntriesPage } from '../../storage/entries-store';

/** How many entries one page shows: enough to fill a phone screen a few times, small enough to open at once. */
export const PAGE_SIZE = 30;

/** The journal's entries, newest first, a page at a time. */
export function useEntryPages() {
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  const [next, setNext] = useState<EntryCursor | undefined>(undefined);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  const reload = useCallback(() => {
    setState('loading');
    listEntriesPage(undefined, PAGE_SIZE)
      .then((page) => {
        setEntries(page.entries);
        setNext(page.next);
        setState('ready');
      })
      .catch(() => setState('failed'));
  }, []);
  useEffect(reload, [reload]);

  const loadMore = useCallback(() => {
    if (!next) return;
    listEntriesPage(next, PAGE_SIZE)
      .then((page) => {
        setEntries((shown) => [...shown, ...page.entries]);
        setNext(page.next);
      })
      .catch(() => setState('failed'));
  }, [next]);

  return { entries, hasMore: next !== undefined, state, loadMore, reload };
}
