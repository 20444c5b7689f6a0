import './sharing.css';
import { useState } from 'preact/hooks';
import { decodeInvite } from '../../domain/pairing';
import { messageOf } from '../../lib/error-message';
import { fingerprintOf, keyIdOf } from '../../platform/sealed-box';
import { loadContact, saveContact } from '../../storage/contacts-store';
import { loadIdentity } from '../../storage/keys-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ensureIdentity, publicKeyBytes } from './identity';
import { useLoad } from './use-load';

async function readInvite() {
  const invite = decodeInvite(location.hash.slice(1));
  if (!invite) return null;
  const key = publicKeyBytes(invite.publicKey);
  const id = await keyIdOf(key);
  const own = await loadIdentity();
  return {
    invite,
    id,
    fingerprint: await fingerprintOf(key),
    isOwn: own?.publicKey === invite.publicKey,
    pinned: (await loadContact(id)) !== undefined,
  };
}

/** /coach/invite#…: the patient checks the coach's code and pins the coach. */
export function InviteScreen() {
  const read = useLoad(readInvite);
  const [state, setState] = useState<'asking' | 'pinned' | 'declined'>('asking');
  const [error, setError] = useState<string | null>(null);
  const found = read.value ?? undefined;

  async function pin() {
    if (!found) return;
    setError(null);
    try {
      // The patient's own key pair is made now, so the coach can reply to what they share.
      await ensureIdentity();
      await saveContact({
        id: found.id,
        role: 'coach',
        name: found.invite.name,
        publicKey: found.invite.publicKey,
        fingerprint: found.fingerprint,
        addedAt: new Date().toISOString(),
      });
      setState('pinned');
    } catch (caught) {
      setError(messageOf(caught, 'The coach could not be saved. Please try again.'));
    }
  }

  return (
    <Screen title="Invite from a coach">
      {read.error ? <Notice tone="danger">{read.error}</Notice> : null}
      {read.value === null ? (
        <Notice tone="caution">
          This invite link is incomplete or damaged. Ask your coach to send it again, or scan their QR code.
        </Notice>
      ) : null}
      {found?.isOwn ? <Notice tone="caution">This is your own invite. Send it to a patient instead.</Notice> : null}
      {found && !found.isOwn ? (
        <div class="card">
          <h2>{found.invite.name}</h2>
          <p>
            Their code: <strong data-testid="coach-fingerprint">{found.fingerprint}</strong>
          </p>
          <p>
            Compare this code with the one on your coach's screen, by phone or in person. Pin {found.invite.name} only
            if every character matches.
          </p>
          {state === 'asking' && !found.pinned ? (
            <div class="btn-row">
              <Button onClick={pin}>The codes match: pin {found.invite.name}</Button>
              <Button variant="secondary" onClick={() => setState('declined')}>
                They do not match
              </Button>
            </div>
          ) : null}
          {state === 'pinned' || found.pinned ? (
            <Notice>{found.invite.name} is pinned. You can now share with them.</Notice>
          ) : null}
          {state === 'declined' ? (
            <Notice tone="caution">
              Nothing was saved. The invite may have been changed on the way: ask your coach to send it again.
            </Notice>
          ) : null}
          {error ? <Notice tone="danger">{error}</Notice> : null}
        </div>
      ) : null}
      <LinkButton variant="secondary" href="/coach">
        Back to Coach
      </LinkButton>
    </Screen>
  );
}
