import { entryHeadline, type JournalEntry, SCALE_MAX, SCALE_MIN } from '../../domain/journal-entry';
import { TrendChart } from '../../ui/TrendChart';

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

/** Mood over the loaded entries as a trend chart (with its table alternative), and the recent average. */
export function MoodSummary({ entries }: { entries: readonly JournalEntry[] }) {
  const withMood = entries.filter((e) => e.mood !== undefined);
  if (withMood.length < 2) return null;
  const recent = withMood.slice(0, 10).map((e) => e.mood ?? 0);
  const average = recent.reduce((sum, m) => sum + m, 0) / recent.length;
  return (
    <section aria-labelledby="mood-trend-title">
      <h2 id="mood-trend-title" class="visually-hidden">
        Mood over time
      </h2>
      <p class="muted">
        Average mood in your last {recent.length} entries with a mood: {average.toFixed(1)} of 5.
      </p>
      <TrendChart
        title="Mood over time"
        points={withMood.map((e) => ({ date: e.createdAt, value: e.mood ?? 0 }))}
        yMin={SCALE_MIN}
        yMax={SCALE_MAX}
        yLabel="Mood (1–5)"
      />
    </section>
  );
}
