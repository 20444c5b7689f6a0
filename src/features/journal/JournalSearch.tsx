import type { EntryFilter } from '../../domain/journal-filter';
import type { SessionRecord } from '../../domain/session';
import { Field } from '../../ui/Field';
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
      <Field id="journal-query" label="Search your journal">
        {(wiring) => (
          <input
            {...wiring}
            type="search"
            value={query.text}
            onFocus={onFirstUse}
            onInput={(e) => {
              onFirstUse();
              onChange({ ...query, text: e.currentTarget.value });
            }}
          />
        )}
      </Field>
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
        <Field id="filter-tag" label="Tag">
          {(wiring) => (
            <select
              {...wiring}
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
          )}
        </Field>
        <Field id="filter-from" label="From date">
          {(wiring) => (
            <input
              {...wiring}
              type="date"
              value={query.filter.from ?? ''}
              onInput={(e) => setFilter({ from: e.currentTarget.value || undefined })}
            />
          )}
        </Field>
        <Field id="filter-to" label="To date">
          {(wiring) => (
            <input
              {...wiring}
              type="date"
              value={query.filter.to ?? ''}
              onInput={(e) => setFilter({ to: e.currentTarget.value || undefined })}
            />
          )}
        </Field>
        <Field id="filter-session" label="Session">
          {(wiring) => (
            <select
              {...wiring}
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
          )}
        </Field>
        <Field id="filter-mood" label="Mood">
          {(wiring) => (
            <select
              {...wiring}
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
          )}
        </Field>
        <button type="button" class="btn btn--secondary" onClick={() => onChange({ ...query, filter: {} })}>
          Clear filters
        </button>
      </details>
    </search>
  );
}
