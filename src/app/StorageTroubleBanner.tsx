import { useState } from 'preact/hooks';
import { openStorage } from '../state/storage-trouble';
import { RescueCopy } from './RescueCopy';

/** When the database cannot be opened at all: says so plainly, offers to try again and to save what can be read. */
export function StorageTroubleBanner({ message }: { message: string }) {
  const [busy, setBusy] = useState(false);

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
      </div>
      <RescueCopy
        label="Save what can be read"
        done="A copy of what could be read was saved to your downloads."
        failed="Nothing could be read right now. Your data may still be on this device: restart the browser and try again."
      />
    </section>
  );
}
