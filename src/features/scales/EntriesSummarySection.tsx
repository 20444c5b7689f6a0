import { useState } from 'preact/hooks';
import { entryHeadline, type JournalEntry } from '../../domain/journal-entry';
import { useLoad } from '../../state/use-load';
import { listAllEntries } from '../../storage/entries-store';
import { Notice } from '../../ui/Notice';
import { inRange, type SummarySectionProps } from './summary-range';
import { longDate } from './use-scale-results';

/**
 * Summary section: journal entries the person chooses, one by one (none by default: the journal is private). The
 * choices show on screen only; the printout holds just the chosen entries.
 */
export function EntriesSummarySection({ range }: SummarySectionProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { value: entries, error } = useLoad<JournalEntry[]>(listAllEntries, [], 'Entries could not be read.');
  if (error) return <Notice tone="danger">{error}</Notice>;
  if (!entries) return <p class="muted">Loading entries…</p>;
  const shown = entries.filter((e) => inRange(e.createdAt, range)).reverse();
  if (shown.length === 0) return <p>No journal entries in these dates.</p>;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const picked = shown.filter((e) => chosen.has(e.id));
  return (
    <>
      <fieldset class="no-print">
        <legend>Choose entries to include (none are included unless you tick them)</legend>
        {shown.map((entry) => (
          <label class="choice" key={entry.id}>
            <input type="checkbox" checked={chosen.has(entry.id)} onChange={() => toggle(entry.id)} />{' '}
            {entryHeadline(entry)} ({longDate(entry.createdAt)})
          </label>
        ))}
      </fieldset>
      {picked.length === 0 ? <p>No entries chosen.</p> : null}
      {picked.map((entry) => (
        <article key={entry.id} class="summary-entry" aria-labelledby={`summary-entry-${entry.id}`}>
          <h3 id={`summary-entry-${entry.id}`}>
            {entryHeadline(entry)}, {longDate(entry.createdAt)}
          </h3>
          <p class="entry-text">{entry.text}</p>
          {Object.values(entry.answers ?? {}).map((answer) => (
            <p key={answer} class="entry-text">
              {answer}
            </p>
          ))}
        </article>
      ))}
    </>
  );
}
