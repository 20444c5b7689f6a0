import { useState } from 'preact/hooks';
import { encodeInvite, inviteFileText } from '../../domain/pairing';
import { attentionReason } from '../../domain/share-item';
import { messageOf } from '../../lib/error-message';
import { FILE_STEMS } from '../../lib/file-names';
import { downloadBlob } from '../../platform/download';
import { fingerprintOf } from '../../platform/sealed-box';
import { useLoad } from '../../state/use-load';
import { listContacts, removeContact } from '../../storage/contacts-store';
import { listInboxFor } from '../../storage/inbox-store';
import { loadIdentity } from '../../storage/keys-store';
import { sweepExpiredShares } from '../../storage/share-expiry';
import { Button, LinkButton } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ensureIdentity, publicKeyBytes } from './identity';
import { QrCode } from './QrCode';
import { SHARE_FILE_EXTENSION, SHARE_MIME } from './seal-bundle';

async function loadCoachView() {
  // Expired shares go before anything is shown (and again each time this screen opens).
  await sweepExpiredShares(new Date());
  const identity = await loadIdentity();
  const fingerprint = identity ? await fingerprintOf(publicKeyBytes(identity.publicKey)) : undefined;
  const patients = await Promise.all(
    (await listContacts())
      .filter((c) => c.role === 'patient')
      .map(async (patient) => {
        const items = await listInboxFor(patient.id);
        return { patient, count: items.length, attention: items.filter((i) => attentionReason(i.item)).length };
      }),
  );
  return { identity, fingerprint, patients };
}

/** The coach's side of /coach: their invite, and their patients' shares. */
export function CoachHome() {
  const view = useLoad(loadCoachView);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const current = view.value?.patients.filter((p) => !p.patient.removedAt) ?? [];
  const removed = view.value?.patients.filter((p) => p.patient.removedAt) ?? [];

  async function remove(id: string, name: string) {
    const question = `Remove ${name}? Nothing new from them will be opened. What they shared stays here until it expires.`;
    if (!confirm(question)) return;
    try {
      await removeContact(id);
      view.reload();
    } catch (caught) {
      setError(messageOf(caught, 'The patient could not be removed.'));
    }
  }
  const identity = view.value?.identity;
  const ready = identity && identity.name !== '';
  const inviteLink = ready
    ? `${location.origin}/coach/invite#${encodeInvite({ v: 1, type: 'coach-invite', name: identity.name, publicKey: identity.publicKey })}`
    : '';

  async function makeInvite(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Write your name first, so your patients know the invite is yours.');
      return;
    }
    setError(null);
    try {
      await ensureIdentity(trimmed);
      view.reload();
    } catch (caught) {
      setError(messageOf(caught, 'Your invite could not be made. Please try again.'));
    }
  }

  function saveFile() {
    if (!identity) return;
    const invite = { v: 1 as const, type: 'coach-invite' as const, name: identity.name, publicKey: identity.publicKey };
    downloadBlob(
      new Blob([inviteFileText(invite)], { type: SHARE_MIME }),
      `${FILE_STEMS.invite}${SHARE_FILE_EXTENSION}`,
    );
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(inviteLink);
      setCopied(true);
    } catch {
      setError('The link could not be copied. Select it and copy it by hand.');
    }
  }

  return (
    <Screen title="Coach" intro="Your patients' shares open only in this app. Nothing passes through a server.">
      {view.error ? <Notice tone="danger">{view.error}</Notice> : null}
      {view.value && !ready ? (
        <form class="card" onSubmit={makeInvite}>
          <h2>Your invite</h2>
          <Field id="coach-name" label="Your name, as your patients know you">
            {(wiring) => (
              <input {...wiring} value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
            )}
          </Field>
          {error ? <Notice tone="danger">{error}</Notice> : null}
          <Button type="submit">Make my invite</Button>
        </form>
      ) : null}
      {ready ? (
        <div class="card">
          <h2>Your invite</h2>
          <p>
            Send this link to a patient, or let them scan the code. When they open it, you both see the same code:
            compare it by phone or in person.
          </p>
          <p>
            Your code: <strong data-testid="own-fingerprint">{view.value?.fingerprint}</strong>
          </p>
          <QrCode text={inviteLink} label={`QR code of the invite from ${identity.name}`} />
          <Field id="invite-link" label="Invite link">
            {(wiring) => <textarea {...wiring} readOnly rows={3} value={inviteLink} />}
          </Field>
          <div class="btn-row">
            <Button onClick={copy}>Copy invite link</Button>
            <Button variant="secondary" onClick={saveFile}>
              Save invite as a file
            </Button>
          </div>
          {copied ? <Notice>Invite link copied.</Notice> : null}
          {error ? <Notice tone="danger">{error}</Notice> : null}
        </div>
      ) : null}
      <div class="card">
        <h2>Your patients</h2>
        {view.value && current.length === 0 ? <p>No shares yet. Open a link or file a patient sent you.</p> : null}
        <ul class="list-plain">
          {current.map(({ patient, count, attention }) => (
            <li key={patient.id}>
              <a href={`/coach/patient/${encodeURIComponent(patient.id)}`}>{patient.name}</a>
              {patient.verified === false ? <strong> (not verified: passphrase share)</strong> : null}
              <span class="muted">
                {' '}
                {count} shared {count === 1 ? 'item' : 'items'}
                {attention ? `, ${attention} needing attention` : ''}. Code: {patient.fingerprint}
              </span>{' '}
              <Button variant="secondary" onClick={() => remove(patient.id, patient.name)}>
                Remove {patient.name}
              </Button>
            </li>
          ))}
        </ul>
        {removed.length ? (
          <>
            <h3>Removed</h3>
            <ul class="list-plain">
              {removed.map(({ patient, count }) => (
                <li key={patient.id}>
                  <a href={`/coach/patient/${encodeURIComponent(patient.id)}`}>{patient.name}</a>
                  <span class="muted">
                    {' '}
                    You removed {patient.name} on {new Date(patient.removedAt ?? '').toLocaleDateString()}; {count}{' '}
                    shared {count === 1 ? 'item stays' : 'items stay'} until{' '}
                    {count === 1 ? 'it expires' : 'they expire'}.
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="muted">
          Expiry is kept by this app: it removes shared items when their time is up. It cannot be enforced on a device
          the patient does not hold, and your patients are told so.
        </p>
        <div class="btn-row">
          <LinkButton variant="secondary" href="/coach/open">
            Open a share file
          </LinkButton>
        </div>
      </div>
    </Screen>
  );
}
