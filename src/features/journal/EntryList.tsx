import { entryHeadline, type JournalEntry } from '../../domain/journal-entry';

/** A list of entries, each a link to read it: date, headline, mood and tags. */
export function EntryList({ entries, label }: { entries: readonly JournalEntry[]; label: string }) {
  return (
    <ul class="list-plain entry-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a class="entry-link" href={`/journal/${entry.id}`}>
            <strong>{entryHeadline(entry)}</strong>
            <span class="muted">
              {new Date(entry.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
              {entry.mood !== undefined ? ` · mood ${entry.mood} of 5` : ''}
              {entry.tags.length > 0 ? ` · ${entry.tags.join(', ')}` : ''}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One line about mood in the newest entries that have one (a chart comes later with the scales). */
export function MoodSummary({ entries }: { entries: readonly JournalEntry[] }) {
  const moods = entries.flatMap((e) => (e.mood === undefined ? [] : [e.mood])).slice(0, 10);
  if (moods.length < 2) return null;
  const average = moods.reduce((sum, m) => sum + m, 0) / moods.length;
  return (
    <p class="muted">
      Mood in your last {moods.length} entries with a mood: {moods.join(', ')} (newest first), average{' '}
      {average.toFixed(1)} of 5.
    </p>
  );
}
