import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { useSubmit } from '../../ui/use-submit';
import { FocusedNotice } from './FocusedNotice';
import { saveBackup } from './save-backup';

/** The second choice: a plain, readable backup file of everything, with a plain warning that anyone can read it. */
export function BackupExportSection() {
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit('The backup could not be made. Please try again.');

  async function save() {
    setDone(null);
    setError(null);
    if (await run(saveBackup)) setDone('Your plain backup was saved to your downloads. Keep it somewhere private.');
  }

  return (
    <section class="card" aria-labelledby="backup-save-title">
      <h2 id="backup-save-title">Save a plain backup</h2>
      <p>The same backup as a readable file (JSON), for people who want to look inside it or use it elsewhere.</p>
      <p>
        <strong>This file is not encrypted. Anyone who has it can read everything in it.</strong>
      </p>
      <Button variant="secondary" onClick={() => void save()} disabled={busy}>
        {busy ? 'Saving…' : 'Save a plain backup'}
      </Button>
      {done ? <FocusedNotice>{done}</FocusedNotice> : null}
      {error ? <FocusedNotice tone="danger">{error}</FocusedNotice> : null}
    </section>
  );
}
