import { useState } from 'preact/hooks';
import { eraseEverything } from '../../state/app-actions';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** The word a person types to confirm; a deliberate step, so no tap erases by accident. */
const CONFIRM_WORD = 'ERASE';

/** Erase everything: every record, every cache and the offline copy, after typing ERASE. */
export function EraseSection() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = typed.trim() === CONFIRM_WORD;

  async function erase(event: Event) {
    event.preventDefault();
    if (!confirmed) return setError(`Type ${CONFIRM_WORD} in capital letters to confirm.`);
    setBusy(true);
    setError(null);
    try {
      await eraseEverything();
    } catch (caught) {
      setBusy(false);
      setError(caught instanceof Error ? caught.message : 'Not everything could be erased. Please try again.');
    }
  }

  return (
    <form class="card" aria-labelledby="erase-title" onSubmit={(event) => void erase(event)}>
      <h2 id="erase-title">Erase everything</h2>
      <p>
        This removes everything Stillpoint keeps on this device: journal, voice notes, sessions, care plan, settings and
        the offline copy of the app. It cannot be undone. Save a backup first if you may want any of it.
      </p>
      <div class="field">
        <label for="erase-confirm">Type {CONFIRM_WORD} to confirm</label>
        <input
          id="erase-confirm"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
      </div>
      <Button type="submit" variant="danger" disabled={busy}>
        {busy ? 'Erasing…' : 'Erase everything'}
      </Button>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </form>
  );
}
