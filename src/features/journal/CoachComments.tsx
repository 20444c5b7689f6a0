import { useLoad } from '../../state/use-load';
import { listComments } from '../../storage/comments-store';

/** What the person's coach wrote about this entry, from replies they opened. Renders nothing when there is none. */
export function CoachComments({ entryId }: { entryId: string }) {
  // Comments are an extra: when they cannot be read the entry is shown without them.
  const loaded = useLoad(async () => (await listComments()).filter((c) => c.itemId === entryId), [entryId]);
  const comments = loaded.value ?? [];
  if (comments.length === 0) return null;
  return (
    <section class="card" aria-labelledby="coach-comments-title">
      <h2 id="coach-comments-title">From your coach</h2>
      <ul class="list-plain">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p class="entry-text">{comment.text}</p>
            <p class="muted">
              {comment.authorName}, {new Date(comment.createdAt).toLocaleString()}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
