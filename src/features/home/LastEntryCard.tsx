import { entryHeadline } from '../../domain/entry-headline';
import type { HomeEntry } from '../../domain/home-summary';

/** The newest journal entry, one tap away. Renders nothing before the first entry. */
export function LastEntryCard({ entry }: { entry: HomeEntry | undefined }) {
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
