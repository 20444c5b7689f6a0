import './sharing.css';
import { useState } from 'preact/hooks';
import { attentionReason } from '../../domain/share-item';
import type { Comment, InboxItem } from '../../domain/share-records';
import { messageOf } from '../../lib/error-message';
import { useLoad } from '../../state/use-load';
import { Button, LinkButton } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { DeliveryCard } from './DeliveryCard';
import { ItemDetails } from './ItemDetails';
import { addComment, loadReview, sealReply } from './review-flow';
import { ScoreTrends } from './ScoreTrends';

/** /coach/patient/:id: one patient's shared items for the coach, what needs attention first, with comments. */
export function PatientScreen(props: Record<string, unknown>) {
  // preact-iso passes route parameters as props.
  const contactId = typeof props.id === 'string' ? decodeURIComponent(props.id) : '';
  const review = useLoad(() => loadReview(contactId), [contactId]);
  const [sealed, setSealed] = useState<Uint8Array<ArrayBuffer> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const patient = review.value?.patient;
  const comments = review.value?.comments ?? [];
  const unsent = comments.filter((c) => c.sentAt === null);

  async function reply() {
    if (!patient) return;
    setError(null);
    try {
      setSealed(await sealReply(patient, comments));
      review.reload();
    } catch (caught) {
      setError(messageOf(caught, 'The reply could not be sealed. Please try again.'));
    }
  }

  return (
    <Screen title={patient ? `Shared by ${patient.name}` : 'Shared items'}>
      {review.error ? <Notice tone="danger">{review.error}</Notice> : null}
      {review.value && !patient ? <Notice tone="caution">This patient is not in your list.</Notice> : null}
      {review.value?.items.length === 0 ? <p>Nothing shared right now. Expired shares are removed.</p> : null}
      {review.value ? <ScoreTrends items={review.value.items} /> : null}
      <ul class="list-plain">
        {review.value?.items.map((inboxItem) => (
          <li key={inboxItem.id}>
            <ReviewItem
              inboxItem={inboxItem}
              comments={comments.filter((c) => c.itemId === inboxItem.item.id)}
              versions={review.value?.items.filter((i) => i.item.id === inboxItem.item.id).length ?? 1}
              onSaved={review.reload}
            />
          </li>
        ))}
      </ul>
      {patient?.removedAt ? (
        <Notice>
          You removed {patient.name} on {new Date(patient.removedAt).toLocaleDateString()}. No reply can be sealed for
          them.
        </Notice>
      ) : null}
      {patient && !patient.removedAt && !sealed ? (
        <div class="card">
          <h2>Reply</h2>
          <p>
            {unsent.length
              ? `${unsent.length} ${unsent.length === 1 ? 'comment is' : 'comments are'} ready to send.`
              : 'Write a comment on an item first.'}
          </p>
          {error ? <Notice tone="danger">{error}</Notice> : null}
          {unsent.length ? <Button onClick={reply}>Seal a reply for {patient.name}</Button> : null}
        </div>
      ) : null}
      {sealed ? <DeliveryCard sealed={sealed} kind="reply" /> : null}
      <LinkButton variant="secondary" href="/coach">
        Back to Coach
      </LinkButton>
    </Screen>
  );
}

function ReviewItem({
  inboxItem,
  comments,
  versions,
  onSaved,
}: {
  inboxItem: InboxItem;
  comments: Comment[];
  /** How many versions of this item the inbox holds (a changed item is kept beside the original). */
  versions: number;
  onSaved: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reason = attentionReason(inboxItem.item);
  const fieldId = `comment-${inboxItem.id}`;

  async function save(event: Event) {
    event.preventDefault();
    if (!text.trim()) return setError('Write a comment first.');
    setError(null);
    try {
      await addComment(inboxItem, text.trim());
      setText('');
      onSaved();
    } catch (caught) {
      setError(messageOf(caught, 'The comment was not saved. Your text is still here.'));
    }
  }

  return (
    <article class="card" data-testid="review-item">
      {reason ? <Notice tone="caution">Needs attention: {reason}</Notice> : null}
      {versions > 1 ? (
        <p class="version-mark" data-testid="version-mark">
          {(inboxItem.version ?? 1) > 1 ? 'Changed: ' : 'Original: '}version {inboxItem.version ?? 1} of {versions},
          received {new Date(inboxItem.receivedAt).toLocaleDateString()}. Every version is kept.
        </p>
      ) : null}
      <ItemDetails item={inboxItem.item} />
      {comments.map((c) => (
        <p key={c.id} class="muted">
          Your comment{c.sentAt ? ' (sent)' : ''}: {c.text}
        </p>
      ))}
      <form onSubmit={save}>
        <Field id={fieldId} label="Comment on this item">
          {(wiring) => <textarea {...wiring} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" variant="secondary">
          Save comment
        </Button>
      </form>
    </article>
  );
}
