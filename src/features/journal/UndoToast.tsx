import { useEffect, useState } from 'preact/hooks';
import { restoreEntry } from '../../storage/entries-store';
import { lastDeleted } from './undo';

/** "Entry deleted · Undo": puts the deleted entry (and its voice notes) back exactly. Stays until dismissed. */
export function UndoToast({ onRestored }: { onRestored(): void }) {
  const [error, setError] = useState<string | null>(null);
  // The offer to undo lasts while the journal is open; leaving it makes the delete final.
  useEffect(
    () => () => {
      lastDeleted.value = null;
    },
    [],
  );
  const removed = lastDeleted.value;
  if (!removed) return null;
  async function undo() {
    if (!removed) return;
    try {
      await restoreEntry(removed);
      lastDeleted.value = null;
      onRestored();
    } catch {
      setError('The entry could not be put back just now. Try again.');
    }
  }
  return (
    <div class="toasts">
      <div class="toast" role="status">
        <p>
          Entry deleted ·{' '}
          <button type="button" class="btn" onClick={() => void undo()}>
            Undo
          </button>{' '}
          <button type="button" class="btn btn--secondary" onClick={() => (lastDeleted.value = null)}>
            Dismiss
          </button>
        </p>
        {error ? <p class="field__error">{error}</p> : null}
      </div>
    </div>
  );
}
