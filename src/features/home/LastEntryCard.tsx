import { useEffect, useState } from 'preact/hooks';
import { entryHeadline, type JournalEntry } from '../../domain/journal-entry';
import { lastEntry } from '../../storage/entries-store';

/** The newest journal entry, one tap away. Renders nothing before the first entry. */
export function LastEntryCard() {
  const [entry, setEntry] = useState<JournalEntry | undefined>(undefined);
  useEffect(() => {
    lastEntry()
      .then(setEntry)
      .catch(() => setEntry(undefined));
  }, []);
  if (!entry) return null;
  return (
    <div class="card">
      <h2>Last journal entry</h2>
      <p>
        <a href={`/journal/${entry.id}`}>{entryHeadline(entry)}</a>{' '}
        <span class="muted">{new Date(entry.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</span>
      </p>
    </div>
  );
}
