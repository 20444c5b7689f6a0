import { useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { useFocusOnMount } from './use-focus-on-mount';

/** Asks for an encrypted backup's passphrase. Typing is forgiving (case, spaces, dashes); a wrong one can be retried. */
export function BackupPassphraseForm({
  error,
  onSubmit,
  onCancel,
}: {
  /** Why the last try did not open the backup, if it did not. */
  error: string | null;
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <form
      aria-labelledby="restore-passphrase-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await onSubmit(text);
        } finally {
          setBusy(false);
          // Back to the field for another try (the message is announced); gone already when the backup opened.
          input.current?.focus();
          input.current?.select();
        }
      }}
    >
      <h3 id="restore-passphrase-title" tabIndex={-1} ref={heading}>
        This backup is locked
      </h3>
      <p>Type the passphrase you wrote down when you saved it.</p>
      <div class="field">
        <label for="restore-passphrase">Backup passphrase</label>
        <input
          id="restore-passphrase"
          ref={input}
          value={text}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'restore-passphrase-hint restore-passphrase-error' : 'restore-passphrase-hint'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="restore-passphrase-hint" class="field__hint">
          Five groups of four letters and numbers. Small letters and spaces are fine.
        </p>
        {error ? (
          <p id="restore-passphrase-error" class="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="btn-row">
        <Button type="submit" disabled={busy}>
          {busy ? 'Opening…' : 'Open the backup'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
      {busy ? <p role="status">Unlocking the backup…</p> : null}
    </form>
  );
}
