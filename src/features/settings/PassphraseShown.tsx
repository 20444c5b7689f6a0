import { useState } from 'preact/hooks';
import { copyMadePassphrase } from '../../state/lock-passphrase';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useFocusOnMount } from './use-focus-on-mount';

/** Shows a new backup passphrase in big groups, offers to copy it, and saves only once the person has written it down. */
export function PassphraseShown({
  passphrase,
  busy,
  onSave,
  onCancel,
}: {
  passphrase: string;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [written, setWritten] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function copy() {
    setCopied(await copyMadePassphrase(passphrase));
  }

  return (
    <form
      aria-labelledby="backup-passphrase-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!written) return setError('Tick the box once the passphrase is written down.');
        setError(null);
        onSave();
      }}
    >
      <h3 id="backup-passphrase-title" tabIndex={-1} ref={heading}>
        Your backup passphrase
      </h3>
      <p class="passphrase-shown" data-testid="backup-passphrase">
        {passphrase.replaceAll('-', ' ')}
      </p>
      <p>
        <strong>Write this down. Without it the backup cannot be opened, and no one can recover it.</strong>
      </p>
      <p class="muted">Keep it apart from the backup file. Small letters and spaces are fine when you type it later.</p>
      <div class="btn-row">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy the passphrase
        </Button>
      </div>
      {copied ? <Notice>{copied}</Notice> : null}
      <label class="choice">
        <input
          type="checkbox"
          checked={written}
          aria-describedby={error ? 'backup-written-error' : undefined}
          onChange={(event) => {
            setWritten(event.currentTarget.checked);
            setError(null);
          }}
        />{' '}
        I have written down this passphrase
      </label>
      {error ? (
        <p id="backup-written-error" class="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="btn-row">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the encrypted backup'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
      {busy ? <p role="status">Locking the backup with the passphrase…</p> : null}
    </form>
  );
}
