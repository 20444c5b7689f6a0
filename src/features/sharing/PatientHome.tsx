import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { fingerprintOf } from '../../platform/sealed-box';
import { useLoad } from '../../state/use-load';
import { listComments } from '../../storage/comments-store';
import { listContacts, removeContact } from '../../storage/contacts-store';
import { loadIdentity } from '../../storage/keys-store';
import { listShares } from '../../storage/shares-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { publicKeyBytes } from './identity';

/** The patient's side of /coach: pinned coaches, sharing, the history, and replies. */
export function PatientHome() {
  const contacts = useLoad(async () => (await listContacts()).filter((c) => c.role === 'coach'));
  const coaches = { ...contacts, value: contacts.value?.filter((c) => !c.removedAt) };
  const removed = contacts.value?.filter((c) => c.removedAt) ?? [];
  const shares = useLoad(listShares);
  const replies = useLoad(listComments);
  // Made with the first share; the coach's app shows it beside what arrives, so the two can compare it.
  const ownCode = useLoad(async () => {
    const identity = await loadIdentity();
    return identity ? fingerprintOf(publicKeyBytes(identity.publicKey)) : null;
  });
  const [error, setError] = useState<string | null>(null);

  async function remove(id: string, name: string) {
    const question = `Remove ${name}? You will not be able to share with them, or open their replies, until you pair again. What you shared stays in your history.`;
    if (!confirm(question)) return;
    setError(null);
    try {
      await removeContact(id);
      contacts.reload();
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
        {ownCode.value ? (
          <p>
            Your own code, which your coach sees with what you share:{' '}
            <strong data-testid="own-fingerprint">{ownCode.value}</strong>
          </p>
        ) : null}
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
        <p class="muted">
          Expiry is kept by your coach's app: it removes what you shared when the time is up. Stillpoint cannot enforce
          it on a device you do not hold, so share only what you are comfortable for them to keep.
        </p>
        {removed.length ? (
          <ul class="list-plain">
            {removed.map((c) => (
              <li key={c.id}>
                You removed {c.name} on {new Date(c.removedAt ?? '').toLocaleDateString()}.
              </li>
            ))}
          </ul>
        ) : null}
        <ul class="list-plain">
          {shares.value?.map((share) => (
            <li key={share.id}>
              <p>
                {new Date(share.createdAt).toLocaleString()} with {share.contactName}
                {removed.some((c) => c.id === share.contactId) ? ' (you removed them later)' : ''}
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
