import { useState } from 'preact/hooks';
import { updateReady } from '../state/app-update';

/** "A new version is ready": never reloads by itself; the person chooses when, and drafts are saved first. */
export function UpdatePrompt() {
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!updateReady.value || dismissed) return null;
  return (
    <div class="toast" role="status" aria-live="polite">
      <p>A new version of Stillpoint is ready. Anything you are writing is kept. Update when it suits you.</p>
      <div class="btn-row">
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            // Loaded already: only the registration sets updateReady.
            void import('./sw-registration').then((m) => m.applyUpdate());
          }}
        >
          Update now
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => setDismissed(true)}>
          Later
        </button>
      </div>
    </div>
  );
}
