import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { listComments } from '../../storage/comments-store';
import { deleteContact, listContacts } from '../../storage/contacts-store';
import { listShares } from '../../storage/shares-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useLoad } from './use-load';

/** The patient's side of /coach: pinned coaches, sharing, the history, and replies. */
export function PatientHome() {
  const coaches = useLoad(async () => (await listContacts()).filter((c) => c.role === 'coach'));
  const shares = useLoad(listShares);
  const replies = useLoad(listComments);
  const [error, setError] = useState<string | null>(null);

  async function remove(id: string, name: string) {
    if (!confirm(`Remove ${name}? You will not be able to share with them until you pair again.`)) return;
    setError(null);
    try {
      await deleteContact(id);
      coaches.reload();
    } catch (caught) {
      setError(messageOf(caught, 'The coach could not be removed.'));
    }
  }

  return (
    <Screen title="Coach" intro="Share what you choose with your coach. Only their app can open it.">
      <div class="card">
        <h2>Your coaches</h2>
        {coaches.error ? <Notice tone="danger">{coaches.error}</Notice> : null}
        {coaches.value?.length === 0 ? (
          <p>No coach yet. Ask your coach for their invite link or QR code, and open it on this device.</p>
        ) : null}
        <ul class="list-plain">
          {coaches.value?.map((coach) => (
            <li key={coach.id}>
              <p>
                <strong>{coach.name}</strong>
                <br />
                <span class="muted">Code: {coach.fingerprint}</span>
              </p>
              <Button variant="secondary" onClick={() => remove(coach.id, coach.name)}>
                Remove {coach.name}
              </Button>
            </li>
          ))}
        </ul>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <div class="btn-row">
          {coaches.value?.length ? <LinkButton href="/coach/share">Share with a coach</LinkButton> : null}
          <LinkButton variant="secondary" href="/coach/open">
            Open a file from your coach
          </LinkButton>
        </div>
      </div>

      <div class="card">
        <h2>Replies from your coach</h2>
        {replies.error ? <Notice tone="danger">{replies.error}</Notice> : null}
        {replies.value?.length === 0 ? <p>No replies yet.</p> : null}
        <ul class="list-plain">
          {replies.value?.map((comment) => (
            <li key={comment.id}>
              <p class="muted">
                {comment.authorName} on {comment.itemLabel}
              </p>
              <p>{comment.text}</p>
            </li>
          ))}
        </ul>
      </div>

      <div class="card">
        <h2>What you shared</h2>
        {shares.error ? <Notice tone="danger">{shares.error}</Notice> : null}
        {shares.value?.length === 0 ? <p>Nothing shared yet.</p> : null}
        <ul class="list-plain">
          {shares.value?.map((share) => (
            <li key={share.id}>
              <p>
                {new Date(share.createdAt).toLocaleString()} with {share.contactName}
                {share.expiresAt ? `, until ${new Date(share.expiresAt).toLocaleDateString()}` : ''}
              </p>
              <p class="muted">{share.itemLabels.join('; ')}</p>
            </li>
          ))}
        </ul>
      </div>
    </Screen>
  );
}
