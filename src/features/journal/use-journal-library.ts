import { useCallback, useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '../../domain/journal-entry';
import { buildSearchIndex, type SearchIndex } from '../../domain/search-index';
import { listAllEntries } from '../../storage/entries-store';

/** Every entry and the search index over them, in memory only. */
export interface JournalLibrary {
  entries: JournalEntry[];
  byId: Map<string, JournalEntry>;
  index: SearchIndex;
}

/**
 * Loads every entry and builds the search index the first time search or a filter is used (not when the
 * journal opens, which stays fast with years of entries). The index is never written to storage.
 */
export function useJournalLibrary() {
  const [library, setLibrary] = useState<JournalLibrary | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<Promise<void> | null>(null);

  const ensure = useCallback(() => {
    pending.current ??= listAllEntries()
      .then((entries) => {
        setLibrary({ entries, byId: new Map(entries.map((e) => [e.id, e])), index: buildSearchIndex(entries) });
        setFailed(false);
      })
      .catch(() => {
        pending.current = null;
        setFailed(true);
      });
    return pending.current;
  }, []);

  const forget = useCallback(() => {
    pending.current = null;
    setLibrary(null);
  }, []);

  return { library, failed, ensure, forget };
}
