import './sharing.css';
import { useEffect, useState } from 'preact/hooks';
import { decodeInvite } from '../../domain/pairing';
import { lookAlikeCoach } from '../../domain/pairing-check';
import { messageOf } from '../../lib/error-message';
import { fingerprintOf, keyIdOf } from '../../platform/sealed-box';
import { useLoad } from '../../state/use-load';
import { listContacts, saveContact } from '../../storage/contacts-store';
import { loadIdentity } from '../../storage/keys-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { CompareCode } from './CompareCode';
import { ensureIdentity, publicKeyBytes } from './identity';

async function readInvite() {
  const invite = decodeInvite(location.hash.slice(1));
  if (!invite) return null;
  const key = publicKeyBytes(invite.publicKey);
  const id = await keyIdOf(key);
  const own = await loadIdentity();
  const contacts = await listContacts();
  const existing = contacts.find((c) => c.id === id);
  return {
    invite,
    id,
    fingerprint: await fingerprintOf(key),
    isOwn: own?.publicKey === invite.publicKey,
    pinned: existing !== undefined && !existing.removedAt,
    lookAlike: lookAlikeCoach(contacts, { name: invite.name, keyId: id }),
  };
}

/** /coach/invite#…: the patient checks the coach's code and pins the coach. */
export function InviteScreen() {
  const read = useLoad(readInvite);
  const [pinned, setPinned] = useState(false);
  // A second invite opened while this screen shows changes only the fragment: read it afresh, never keep the old one.
  useEffect(() => {
    const next = () => {
      setPinned(false);
      read.reload();
    };
    window.addEventListener('hashchange', next);
    return () => window.removeEventListener('hashchange', next);
  }, [read.reload]);
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
      setPinned(true);
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
      {found?.lookAlike && !found.isOwn ? (
        <Notice tone="danger">
          <strong>Stopped.</strong> You already have a coach called {found.lookAlike.name}, with the code{' '}
          {found.lookAlike.fingerprint}. This invite uses that name with a different key ({found.fingerprint}), so it
          was not pinned. Call {found.lookAlike.name} on a number you already know. If they really have a new device,
          remove the old {found.lookAlike.name} on the Coach screen first, then open this invite again.
        </Notice>
      ) : null}
      {found && !found.isOwn && !found.lookAlike ? (
        <div class="card">
          <h2>{found.invite.name}</h2>
          <p>
            Their code: <strong data-testid="coach-fingerprint">{found.fingerprint}</strong>
          </p>
          {pinned || found.pinned ? (
            <Notice>{found.invite.name} is pinned. You can now share with them.</Notice>
          ) : (
            <CompareCode
              key={found.fingerprint}
              name={found.invite.name}
              fingerprint={found.fingerprint}
              onMatch={pin}
            />
          )}
          {error ? <Notice tone="danger">{error}</Notice> : null}
        </div>
      ) : null}
      <LinkButton variant="secondary" href="/coach">
        Back to Coach
      </LinkButton>
    </Screen>
  );
}
