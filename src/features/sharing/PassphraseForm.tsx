import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Asks for the passphrase of a share sealed for someone not paired. Typing is forgiving (case, spaces, dashes). */
export function PassphraseForm({
  message,
  onSubmit,
}: {
  message: string;
  onSubmit: (passphrase: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await onSubmit(text);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Notice tone="caution">{message}</Notice>
      <div class="field">
        <label for="share-passphrase">Passphrase</label>
        <input
          id="share-passphrase"
          value={text}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p class="field__hint">Five groups of four letters and numbers, e.g. 7K2M-QX9P-…</p>
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? 'Opening…' : 'Open with this passphrase'}
      </Button>
    </form>
  );
}
