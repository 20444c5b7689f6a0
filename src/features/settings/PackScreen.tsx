import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClinicKey, PackSigner, PackTrust } from '../../domain/pack-trust';
import type { ProtocolPack } from '../../domain/protocol-pack';
import { diffPacks } from '../../domain/protocol-pack-diff';
import { checkPackSize, type PackParse, parsePackFragment, parsePackText } from '../../domain/protocol-pack-import';
import { messageOf } from '../../lib/error-message';
import { type CheckedPack, checkPack, pinClinic, pinnedClinics, unpinClinic } from '../../state/pack-trust';
import { activePack, applyImportedPack, loadActivePack, previousPack, restorePack } from '../../state/protocol-pack';
import { useLoad } from '../../state/use-load';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ClinicKeysSection } from './ClinicKeysSection';
import { PackDiffView } from './PackDiffView';
import { PackRules } from './PackRules';
import { lookAlikeWords, mismatchWords, pinnedWords } from './pack-trust-words';

/** A pack read and checked, waiting for the person's consent. */
interface Candidate {
  pack: ProtocolPack;
  source: 'file' | 'link';
  trust: Exclude<PackTrust, { kind: 'look-alike' }>;
}

/** The protocol pack: what is in use, importing a clinic's pack (file or link) with consent, and restoring. */
export function PackScreen() {
  const [candidate, setCandidate] = useState<Candidate | undefined>();
  const [message, setMessage] = useState<{ tone: 'info' | 'danger'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const current = activePack.value;
  const previous = previousPack.value;
  const clinics = useLoad(pinnedClinics, [], 'The clinics you checked could not be read.');
  // Only the latest pack read counts: a check still running for an earlier one is dropped when it ends.
  const reading = useRef(0);

  useEffect(() => {
    void loadActivePack().then(() => {
      const fromLink = parsePackFragment(location.hash);
      if (!fromLink) return;
      // The pack came in the fragment; take it out of the address bar so a reload does not offer it again.
      history.replaceState(history.state, '', location.pathname);
      void receive(fromLink, 'link');
    });
  }, []);

  function refuse(text: string) {
    setCandidate(undefined);
    setMessage({ tone: 'danger', text });
  }

  async function receive(result: PackParse, source: Candidate['source']) {
    const round = ++reading.current;
    let checked: CheckedPack;
    try {
      checked = await checkPack(result);
    } catch (caught) {
      checked = { ok: false, message: messageOf(caught, 'This pack could not be checked. Nothing was changed.') };
    }
    if (round !== reading.current) return;
    if (!checked.ok) return refuse(checked.message);
    const { trust } = checked;
    if (trust.kind === 'look-alike') return refuse(lookAlikeWords(trust.clinic, trust.signer));
    setCandidate({ pack: checked.pack, source, trust });
    setMessage(undefined);
  }

  async function compared(signer: PackSigner, matched: boolean) {
    if (!candidate) return;
    const publisher = candidate.pack.publisher;
    if (!matched) return refuse(mismatchWords(publisher));
    setBusy(true);
    try {
      const clinic = await pinClinic(signer, publisher);
      setCandidate({ ...candidate, trust: { kind: 'verified', clinic } });
      setMessage({ tone: 'info', text: pinnedWords(publisher) });
      clinics.reload();
    } catch (caught) {
      setMessage({ tone: 'danger', text: messageOf(caught, 'The key could not be pinned. Please try again.') });
    } finally {
      setBusy(false);
    }
  }

  async function remove(clinic: ClinicKey) {
    setBusy(true);
    try {
      await unpinClinic(clinic.id);
      setMessage({
        tone: 'info',
        text: `Removed ${clinic.name}. Its next pack will ask you to check its key again.`,
      });
      clinics.reload();
    } catch (caught) {
      setMessage({ tone: 'danger', text: messageOf(caught, `${clinic.name} could not be removed.`) });
    } finally {
      setBusy(false);
    }
  }

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Check the size before reading a byte: a huge file is refused without being loaded.
    const tooLarge = checkPackSize(file.size);
    if (tooLarge) return receive(tooLarge, 'file');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return receive({ ok: false, message: 'This file could not be read. Nothing was changed.' }, 'file');
    }
    return receive(parsePackText(text), 'file');
  }

  async function apply() {
    if (!candidate) return;
    setBusy(true);
    try {
      await applyImportedPack(candidate.pack, candidate.source);
      setMessage({ tone: 'info', text: `Now using ${candidate.pack.name}, version ${candidate.pack.version}.` });
      setCandidate(undefined);
    } catch (caught) {
      setMessage({ tone: 'danger', text: messageOf(caught, 'The pack was not applied.') });
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    setBusy(true);
    try {
      const restored = await restorePack();
      const pack = activePack.value.pack;
      setMessage(
        restored
          ? { tone: 'info', text: `Restored ${pack.name}, version ${pack.version}.` }
          : { tone: 'danger', text: 'There is no earlier pack to restore.' },
      );
    } catch (caught) {
      setMessage({ tone: 'danger', text: messageOf(caught, 'The pack was not restored.') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen
      title="Safety rules"
      intro="The rules the check-in uses, each with where it comes from. Your clinic may give you its own rules as a file or a link."
    >
      {message ? (
        <Notice tone={message.tone}>
          <p data-testid="pack-message">{message.text}</p>
        </Notice>
      ) : null}
      {candidate ? (
        <PackDiffView
          current={current.pack}
          next={candidate.pack}
          changes={diffPacks(current.pack, candidate.pack)}
          trust={candidate.trust}
          busy={busy}
          onApply={() => void apply()}
          onCompared={(signer, matched) => void compared(signer, matched)}
          onCancel={() => {
            setCandidate(undefined);
            setMessage({ tone: 'info', text: 'Not applied. Your rules are unchanged.' });
          }}
        />
      ) : null}
      <section class="card" aria-labelledby="pack-current-title">
        <h2 id="pack-current-title">In use now</h2>
        <p data-testid="pack-current">
          <strong>{current.pack.name}</strong>, version {current.pack.version}, from {current.pack.publisher}
          {current.source === 'default' ? ' (built in)' : ''}.
        </p>
        {current.appliedAt ? <p class="muted">Applied {new Date(current.appliedAt).toLocaleString()}.</p> : null}
        {previous ? (
          <Button variant="secondary" disabled={busy} onClick={() => void restore()}>
            Go back to {previous.pack.name}, version {previous.pack.version}
          </Button>
        ) : null}
      </section>
      <section class="card" aria-labelledby="pack-import-title">
        <h2 id="pack-import-title">Use your clinic’s rules</h2>
        <p>
          Choose the file your clinic gave you, or open the link they sent. You will see every change before anything is
          applied.
        </p>
        <Field id="pack-file" label="Pack file from your clinic">
          {(wiring) => (
            <input {...wiring} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
          )}
        </Field>
      </section>
      {clinics.error ? <Notice tone="danger">{clinics.error}</Notice> : null}
      <ClinicKeysSection clinics={clinics.value ?? []} busy={busy} onRemove={(clinic) => void remove(clinic)} />
      <PackRules pack={current.pack} />
    </Screen>
  );
}
