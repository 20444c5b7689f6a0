import { useState } from 'preact/hooks';
import { downloadBlob } from '../../platform/download';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { fileFor, linkFor } from './seal-bundle';

/** How a sealed bundle leaves the device: a link (small ones), the system share sheet, or a downloaded file. */
export function DeliveryCard({ sealed, kind }: { sealed: Uint8Array<ArrayBuffer>; kind: 'share' | 'reply' }) {
  const [status, setStatus] = useState<string | null>(null);
  const link = linkFor(sealed, location.origin);
  const file = fileFor(sealed, kind);
  const canShareFile = typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });

  async function copyLink() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied. Paste it into a message to send it.');
    } catch {
      setStatus('The link could not be copied. Select it above and copy it by hand.');
    }
  }

  async function shareFile() {
    try {
      await navigator.share({ files: [file], title: 'Stillpoint' });
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === 'AbortError')) {
        setStatus('The share sheet did not open. Save the file instead.');
      }
    }
  }

  return (
    <div class="card">
      <h2>Send it</h2>
      <p>It is sealed: only the app it is meant for can open it. Send it however you like.</p>
      {link ? (
        <div class="field">
          <label for="sealed-link">Link</label>
          <textarea id="sealed-link" readOnly rows={4} value={link} />
          <div class="btn-row">
            <Button onClick={copyLink}>Copy link</Button>
          </div>
        </div>
      ) : (
        <p>This is too large for a link, so it goes as a file.</p>
      )}
      <div class="btn-row">
        {canShareFile ? (
          <Button variant="secondary" onClick={shareFile}>
            Send as a file
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => downloadBlob(file, file.name)}>
          Save as a file
        </Button>
      </div>
      {status ? <Notice>{status}</Notice> : null}
    </div>
  );
}
