import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { messageOf } from '../lib/error-message';
import { Button } from './Button';
import { Notice } from './Notice';

/** The word a person types to confirm; a deliberate step, so no tap erases by accident. */
const CONFIRM_WORD = 'ERASE';

/** Props of an EraseForm. */
export interface EraseFormProps {
  /** Erases everything; rejects with a plain message when it cannot. */
  onErase: () => Promise<void>;
  /** What erasing removes and what to do first, in the words of the screen it is on. */
  children: ComponentChildren;
}

/** Erase everything, after typing ERASE: the form shared by Settings and the lock screen. */
export function EraseForm({ onErase, children }: EraseFormProps) {
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
      await onErase();
    } catch (caught) {
      setBusy(false);
      setError(messageOf(caught, 'Not everything could be erased. Please try again.'));
    }
  }

  return (
    <form class="card" aria-labelledby="erase-title" onSubmit={(event) => void erase(event)}>
      <h2 id="erase-title">Erase everything</h2>
      {children}
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
