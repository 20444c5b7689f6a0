import { draftHref } from '../../domain/draft-href';
import type { HomeDraft } from '../../domain/home-summary';

/** Lists unfinished writing so nothing typed is forgotten. Renders nothing when there are no drafts. */
export function DraftsCard({ drafts }: { drafts: readonly HomeDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <div class="card">
      <h2>Unfinished writing</h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <a href={draftHref(draft.id)}>{draft.title || 'Untitled draft'}</a>{' '}
            <span class="muted">saved {new Date(draft.updatedAt).toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
