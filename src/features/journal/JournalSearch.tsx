import type { EntryFilter } from '../../domain/journal-filter';
import type { SessionRecord } from '../../domain/session';
import { sessionLabel } from './session-time';

/** Which slice of the journal is shown. */
export type JournalView = 'all' | 'on-this-day' | 'since-session';

/** What the person asked for: words, a view and filters. */
export interface JournalQuery {
  text: string;
  view: JournalView;
  filter: EntryFilter;
}

/** Props of JournalSearch. */
export interface JournalSearchProps {
  query: JournalQuery;
  onChange(query: JournalQuery): void;
  /** Called when the person first reaches for search or filters (the index is built then). */
  onFirstUse(): void;
  tags: readonly string[];
  sessions: readonly SessionRecord[];
}

/** Search box, views and filters of the journal; results update as the person types. */
export function JournalSearch({ query, onChange, onFirstUse, tags, sessions }: JournalSearchProps) {
  const setFilter = (patch: Partial<EntryFilter>) => onChange({ ...query, filter: { ...query.filter, ...patch } });
  return (
    <search class="journal-search">
      <div class="field">
        <label for="journal-query">Search your journal</label>
        <input
          id="journal-query"
          type="search"
          value={query.text}
          onFocus={onFirstUse}
          onInput={(e) => {
            onFirstUse();
            onChange({ ...query, text: e.currentTarget.value });
          }}
        />
      </div>
      <fieldset>
        <legend>Show</legend>
        {(
          [
            ['all', 'All entries'],
            ['on-this-day', 'On this day in past years'],
            ['since-session', 'Since your last session'],
          ] as const
        ).map(([view, label]) => (
          <label class="choice" key={view}>
            <input
              type="radio"
              name="journal-view"
              checked={query.view === view}
              onChange={() => {
                onFirstUse();
                onChange({ ...query, view });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <details onToggle={onFirstUse}>
        <summary class="btn btn--secondary">Filters</summary>
        <div class="field">
          <label for="filter-tag">Tag</label>
          <select
            id="filter-tag"
            value={query.filter.tag ?? ''}
            onChange={(e) => setFilter({ tag: e.currentTarget.value || undefined })}
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">From date</label>
          <input
            id="filter-from"
            type="date"
            value={query.filter.from ?? ''}
            onInput={(e) => setFilter({ from: e.currentTarget.value || undefined })}
          />
        </div>
        <div class="field">
          <label for="filter-to">To date</label>
          <input
            id="filter-to"
            type="date"
            value={query.filter.to ?? ''}
            onInput={(e) => setFilter({ to: e.currentTarget.value || undefined })}
          />
        </div>
        <div class="field">
          <label for="filter-session">Session</label>
          <select
            id="filter-session"
            value={query.filter.sessionId ?? ''}
            onChange={(e) => setFilter({ sessionId: e.currentTarget.value || undefined })}
          >
            <option value="">Any session</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {sessionLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-mood">Mood</label>
          <select
            id="filter-mood"
            value={query.filter.mood === undefined ? '' : String(query.filter.mood)}
            onChange={(e) => setFilter({ mood: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
          >
            <option value="">Any mood</option>
            {[1, 2, 3, 4, 5].map((m) => (
              <option key={m} value={m}>
                {m} of 5
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="btn btn--secondary" onClick={() => onChange({ ...query, filter: {} })}>
          Clear filters
        </button>
      </details>
    </search>
  );
}
