import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '../../domain/draft';
import { listDrafts } from '../../storage/drafts-store';

/** Where each kind of draft is finished. */
function draftHref(id: string): string {
  if (id.startsWith('journal')) return '/journal';
  if (id.startsWith('session-note')) return '/session';
  return '/';
}

/** Lists unfinished writing so nothing typed is forgotten. Renders nothing when there are no drafts. */
export function DraftsCard() {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  useEffect(() => {
    listDrafts()
      .then((all) => setDrafts(all.filter((draft) => draft.text.trim() !== '')))
      .catch(() => setDrafts([]));
  }, []);
  if (drafts.length === 0) return null;
  return (
    <div class="card">
      <h2>Unfinished writing</h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <a href={draftHref(draft.id)}>{draft.fields.title || 'Untitled draft'}</a>{' '}
            <span class="muted">saved {new Date(draft.updatedAt).toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
