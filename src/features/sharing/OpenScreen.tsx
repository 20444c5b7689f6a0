import './sharing.css';
import { useEffect, useState } from 'preact/hooks';
import { encodeInvite, parseInviteJson } from '../../domain/pairing';
import type { ItemPlan } from '../../domain/share-versions';
import { fromUtf8 } from '../../lib/bytes';
import { messageOf } from '../../lib/error-message';
import { loadIdentity } from '../../storage/keys-store';
import { sweepExpiredShares } from '../../storage/share-expiry';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { importPreview, planShare } from './import-bundle';
import {
  type Outcome,
  openSealed,
  openSealedWithPassphrase,
  type Preview,
  sealedFromFile,
  sealedFromFragment,
} from './open-bundle';
import { onLaunchFile, takeFragment, takeSharedIn } from './outside-input';
import { PassphraseForm } from './PassphraseForm';
import { PreviewCard } from './PreviewCard';
import { SHARE_FILE_EXTENSION, SHARE_MIME } from './seal-bundle';

type State =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'refused'; message: string }
  | { step: 'passphrase'; sealed: Uint8Array; message: string }
  | { step: 'preview'; preview: Preview; plans: ItemPlan[] }
  | { step: 'done'; added: boolean; preview: Preview };

/** /coach/open: the one door for shares and replies from outside. Preview first; nothing is stored without consent. */
export function OpenScreen() {
  const [state, setState] = useState<State>({ step: 'idle' });

  async function open(read: Promise<Outcome<Uint8Array>> | Outcome<Uint8Array>) {
    setState({ step: 'working' });
    try {
      const sealed = await read;
      if (!sealed.ok) return setState({ step: 'refused', message: sealed.refusal.message });
      // A coach's invite file uses the same extension; it goes to the pairing screen instead.
      const invite = sealed.value[0] === 0x7b ? parseInviteJson(fromUtf8(sealed.value) ?? '') : undefined;
      if (invite) return location.assign(`/coach/invite#${encodeInvite(invite)}`);
      // Anything already past its expiry goes first, so what is shown next is never stale.
      await sweepExpiredShares(new Date());
      const opened = await openSealed(sealed.value, await loadIdentity());
      if (opened.ok) await showPreview(opened.value);
      else if (opened.refusal.reason === 'needs-passphrase') {
        setState({ step: 'passphrase', sealed: sealed.value, message: opened.refusal.message });
      } else setState({ step: 'refused', message: opened.refusal.message });
    } catch (caught) {
      setState({ step: 'refused', message: messageOf(caught, 'This could not be opened. Nothing was changed.') });
    }
  }

  async function showPreview(preview: Preview) {
    setState({ step: 'preview', preview, plans: await planShare(preview) });
  }

  useEffect(() => {
    const fromUrl = () => {
      const fragment = takeFragment();
      if (fragment) void open(sealedFromFragment(fragment));
    };
    fromUrl();
    void takeSharedIn().then(
      (shared) => {
        if (shared.kind === 'file') void open(sealedFromFile(shared.file));
        else if (shared.kind === 'fragment') void open(sealedFromFragment(shared.fragment));
      },
      () => setState({ step: 'refused', message: 'What was shared could not be read. Nothing was changed.' }),
    );
    onLaunchFile((file) => void open(sealedFromFile(file)));
    // A second link opened while this screen is showing changes only the fragment.
    window.addEventListener('hashchange', fromUrl);
    return () => window.removeEventListener('hashchange', fromUrl);
  }, []);

  async function accept(preview: Preview) {
    try {
      setState({ step: 'done', added: await importPreview(preview), preview });
    } catch (caught) {
      setState({ step: 'refused', message: messageOf(caught, 'It could not be saved. Nothing was changed.') });
    }
  }

  return (
    <Screen title="Open a share">
      {state.step === 'working' ? <p role="status">Opening…</p> : null}
      {state.step === 'refused' ? <Notice tone="caution">{state.message}</Notice> : null}
      {state.step === 'passphrase' ? (
        <PassphraseForm
          message={state.message}
          onSubmit={async (passphrase) => {
            const sealed = state.sealed;
            const opened = await openSealedWithPassphrase(sealed, passphrase);
            if (opened.ok) await showPreview(opened.value);
            else if (opened.refusal.reason === 'wrong-passphrase') {
              setState({ step: 'passphrase', sealed, message: opened.refusal.message });
            } else setState({ step: 'refused', message: opened.refusal.message });
          }}
        />
      ) : null}
      {state.step === 'preview' ? <PreviewCard preview={state.preview} plans={state.plans} onAccept={accept} /> : null}
      {state.step === 'done' ? (
        <Notice>
          {state.added
            ? `Added from ${state.preview.sender.name}.`
            : 'You had opened this before. Nothing new was added.'}
        </Notice>
      ) : null}
      {state.step !== 'preview' && state.step !== 'passphrase' ? (
        <div class="card">
          <div class="field">
            <label for="share-file">Open a Stillpoint file ({SHARE_FILE_EXTENSION})</label>
            <input
              id="share-file"
              type="file"
              accept={`${SHARE_FILE_EXTENSION},${SHARE_MIME}`}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void open(sealedFromFile(file));
              }}
            />
          </div>
        </div>
      ) : null}
      <LinkButton variant="secondary" href="/coach">
        Back to Coach
      </LinkButton>
    </Screen>
  );
}
