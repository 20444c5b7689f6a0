import { useEffect, useState } from 'preact/hooks';
import type { ProtocolPack } from '../../domain/protocol-pack';
import { diffPacks } from '../../domain/protocol-pack-diff';
import { checkPackSize, type PackParse, parsePackFragment, parsePackText } from '../../domain/protocol-pack-import';
import { activePack, applyImportedPack, loadActivePack, previousPack, restorePack } from '../../state/protocol-pack';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { PackDiffView } from './PackDiffView';
import { PackRules } from './PackRules';

/** A pack read and checked, waiting for the person's consent. */
interface Candidate {
  pack: ProtocolPack;
  source: 'file' | 'link';
}

/** The protocol pack: what is in use, importing a clinic's pack (file or link) with consent, and restoring. */
export function PackScreen() {
  const [candidate, setCandidate] = useState<Candidate | undefined>();
  const [message, setMessage] = useState<{ tone: 'info' | 'danger'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const current = activePack.value;
  const previous = previousPack.value;

  useEffect(() => {
    void loadActivePack().then(() => {
      const fromLink = parsePackFragment(location.hash);
      if (!fromLink) return;
      // The pack came in the fragment; take it out of the address bar so a reload does not offer it again.
      history.replaceState(history.state, '', location.pathname);
      receive(fromLink, 'link');
    });
  }, []);

  function receive(result: PackParse, source: Candidate['source']) {
    if (result.ok) {
      setCandidate({ pack: result.pack, source });
      setMessage(undefined);
    } else {
      setCandidate(undefined);
      setMessage({ tone: 'danger', text: result.message });
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
    try {
      receive(parsePackText(await file.text()), 'file');
    } catch {
      receive({ ok: false, message: 'This file could not be read. Nothing was changed.' }, 'file');
    }
  }

  async function apply() {
    if (!candidate) return;
    setBusy(true);
    try {
      await applyImportedPack(candidate.pack, candidate.source);
      setMessage({ tone: 'info', text: `Now using ${candidate.pack.name}, version ${candidate.pack.version}.` });
      setCandidate(undefined);
    } catch (caught) {
      setMessage({ tone: 'danger', text: caught instanceof Error ? caught.message : 'The pack was not applied.' });
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
      setMessage({ tone: 'danger', text: caught instanceof Error ? caught.message : 'The pack was not restored.' });
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
          busy={busy}
          onApply={() => void apply()}
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
        <div class="field">
          <label for="pack-file">Pack file from your clinic</label>
          <input id="pack-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        </div>
      </section>
      <PackRules pack={current.pack} />
    </Screen>
  );
}
