import { useState } from 'preact/hooks';
import { openStorage } from '../state/storage-trouble';

/** When the database cannot be opened at all: says so plainly, offers to try again and to save what can be read. */
export function StorageTroubleBanner({ message }: { message: string }) {
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function saveCopy() {
    try {
      const { downloadRescueCopy } = await import('./rescue-copy');
      await downloadRescueCopy();
      setSaveMessage('A copy of what could be read was saved to your downloads.');
    } catch {
      setSaveMessage(
        'Nothing could be read right now. Your data may still be on this device: restart the browser and try again.',
      );
    }
  }

  return (
    <section class="screen" aria-labelledby="storage-trouble-title">
      <h1 id="storage-trouble-title">Stillpoint cannot open its storage</h1>
      <div class="notice notice--danger" role="alert">
        <p>{message}</p>
      </div>
      <p>Nothing has been deleted. Closing other Stillpoint tabs or restarting the browser often helps.</p>
      <div class="btn-row">
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void openStorage().finally(() => setBusy(false));
          }}
        >
          Try again
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => void saveCopy()}>
          Save what can be read
        </button>
      </div>
      {saveMessage ? <p role="status">{saveMessage}</p> : null}
    </section>
  );
}
