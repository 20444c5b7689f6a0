import { useState } from 'preact/hooks';
import { downloadBlob } from '../../platform/download';
import { updateSettings } from '../../state/settings';
import { buildBackup } from '../../storage/backup';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Saves a plain backup file of everything, and remembers when (for the reminder). */
export function BackupExportSection() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const now = new Date();
      const bytes = await buildBackup(now);
      downloadBlob(
        new Blob([bytes], { type: 'application/json' }),
        `stillpoint-backup-${now.toISOString().slice(0, 10)}.json`,
      );
      setDone('Your backup was saved to your downloads. Keep it somewhere private.');
      // The file is saved either way; failing to note the date only means the reminder may come early.
      await updateSettings({ lastBackupAt: now.toISOString() }).catch(() => {});
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The backup could not be made. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-save-title">
      <h2 id="backup-save-title">Save a backup</h2>
      <p>
        A backup is one file with everything Stillpoint keeps on this device: journal, voice notes, sessions, check-ins,
        questionnaires, your care plan and settings.
      </p>
      <p>
        <strong>The file is not encrypted.</strong> Anyone who opens it can read it, so keep it somewhere private.
        Encrypted backups are coming.
      </p>
      <p class="muted">
        Not included: the keys for sharing with your coach. Browsers do not let them be copied out. After restoring on
        another device, pair with your coach again.
      </p>
      <Button onClick={() => void save()} disabled={busy}>
        {busy ? 'Saving…' : 'Save a backup'}
      </Button>
      {done ? <Notice>{done}</Notice> : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
