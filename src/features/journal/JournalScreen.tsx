import { useMemo, useState } from 'preact/hooks';
import type { JournalEntry } from '../../domain/journal-entry';
import { isEmptyFilter, matchesFilter, onThisDay, sinceMoment, tagsInUse } from '../../domain/journal-filter';
import type { SessionRecord } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { listSessions } from '../../storage/sessions-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { CaptureFirst } from './CaptureFirst';
import { EntryList, MoodSummary } from './EntryList';
import { type JournalQuery, JournalSearch } from './JournalSearch';
import { sessionEnd } from './session-time';
import { UndoToast } from './UndoToast';
import { useEntryPages } from './use-entry-pages';
import { type JournalLibrary, useJournalLibrary } from './use-journal-library';
import './journal.css';

/** One empty list, so the search results are not worked out again on every render while sessions are unread. */
const NO_SESSIONS: readonly SessionRecord[] = [];

/** /journal: newest entries first (a page at a time), search and filters, and capture-first offers at the top. */
export function JournalScreen() {
  const pages = useEntryPages();
  const { library, failed, ensure, forget } = useJournalLibrary();
  // Sessions only add offers and filters; without them the journal works as before.
  const loadedSessions = useLoad(async () =>
    (await listSessions()).filter((s) => s.status === 'ended' || s.status === 'active'),
  );
  const sessions = loadedSessions.value ?? NO_SESSIONS;
  const [query, setQuery] = useState<JournalQuery>({ text: '', view: 'all', filter: {} });

  const active = query.text.trim() !== '' || query.view !== 'all' || !isEmptyFilter(query.filter);
  const results = useMemo(
    () => (active && library ? findEntries(library, query, sessions, new Date()) : null),
    [active, library, query, sessions],
  );

  function restored() {
    forget();
    pages.reload();
    if (active) void ensure();
  }

  return (
    <Screen title="Journal" intro="Private to this device. Write now; make sense of it later.">
      <CaptureFirst sessions={sessions} />
      <div class="btn-row">
        <LinkButton href="/journal/new">New entry</LinkButton>
        <LinkButton variant="secondary" href="/journal/new?quick=1">
          Quick note
        </LinkButton>
        <LinkButton variant="secondary" href="/journal/plan">
          Integration plan
        </LinkButton>
      </div>
      <JournalSearch
        query={query}
        onChange={setQuery}
        onFirstUse={() => void ensure()}
        tags={library ? tagsInUse(library.entries) : []}
        sessions={sessions}
      />
      {failed ? <Notice tone="caution">Search could not read your journal just now. Try again.</Notice> : null}
      {active ? (
        results ? (
          <section aria-labelledby="results-title">
            <h2 id="results-title">Found</h2>
            <p role="status">
              {results.length === 1 ? '1 entry' : `${results.length} entries`}
              {results.length > 100 ? ' (showing the first 100)' : ''}
            </p>
            <EntryList entries={results.slice(0, 100)} label="Matching entries" />
          </section>
        ) : (
          <p role="status">Searching…</p>
        )
      ) : (
        <section aria-labelledby="entries-title">
          <h2 id="entries-title">Entries</h2>
          {pages.state === 'failed' ? (
            <Notice tone="caution">Your journal could not be read just now. Try again in a moment.</Notice>
          ) : null}
          {pages.state === 'ready' && pages.entries.length === 0 ? (
            <p>No entries yet. Whatever you write stays on this device.</p>
          ) : null}
          <MoodSummary entries={pages.entries} />
          <EntryList entries={pages.entries} label="Journal entries, newest first" />
          {pages.hasMore ? (
            <button type="button" class="btn btn--secondary" onClick={pages.loadMore}>
              Show older entries
            </button>
          ) : null}
        </section>
      )}
      <p>
        <a href="/learn/integration">Why writing it down helps, and what the days after can feel like</a>
      </p>
      <UndoToast onRestored={restored} />
    </Screen>
  );
}

/** Applies the search words, the view and the filters to every entry. */
function findEntries(
  library: JournalLibrary,
  query: JournalQuery,
  sessions: readonly SessionRecord[],
  now: Date,
): JournalEntry[] {
  let list: JournalEntry[] = library.entries;
  if (query.text.trim()) {
    list = library.index.search(query.text, now).flatMap((hit) => library.byId.get(hit.id) ?? []);
  }
  if (query.view === 'on-this-day') list = onThisDay(list, now);
  if (query.view === 'since-session') {
    const last = sessions.find((s) => s.status === 'ended');
    list = last ? sinceMoment(list, sessionEnd(last).toISOString()) : [];
  }
  return list.filter((entry) => matchesFilter(entry, query.filter));
}
