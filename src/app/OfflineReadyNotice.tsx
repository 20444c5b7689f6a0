import { offlineReady } from '../state/app-update';

/** First visit only: tells the person the app now works without a network. */
export function OfflineReadyNotice() {
  if (!offlineReady.value) return null;
  return (
    <div class="toast" role="status" aria-live="polite">
      <p>Stillpoint is ready to work offline. You can use it without a connection from now on.</p>
      <button type="button" class="btn btn--secondary" onClick={() => (offlineReady.value = false)}>
        OK
      </button>
    </div>
  );
}
