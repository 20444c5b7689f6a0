import { useState } from 'preact/hooks';
import { formatBytes } from '../../lib/format-bytes';
import { initSettings } from '../../state/settings';
import { applyRestore, type ConflictChoice, previewRestore, type RestorePreview } from '../../storage/backup';
import { MAX_BACKUP_BYTES, type ParsedBackup, parseBackup } from '../../storage/backup-format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { BackupPreview } from './BackupPreview';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; backup: ParsedBackup; preview: RestorePreview }
  | { kind: 'restoring'; backup: ParsedBackup; preview: RestorePreview }
  | { kind: 'done'; count: number };

/** Restores a backup file: checks it, shows what it holds, and adds it only when the person agrees. */
export function BackupRestoreSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [choice, setChoice] = useState<ConflictChoice>('keep-device');
  const [error, setError] = useState<string | null>(null);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setError(null);
    setChoice('keep-device');
    if (!file) return setStep({ kind: 'idle' });
    if (file.size > MAX_BACKUP_BYTES) {
      setStep({ kind: 'idle' });
      return setError(
        `This file is ${formatBytes(file.size)}. A Stillpoint backup can be at most ${formatBytes(MAX_BACKUP_BYTES)}, so it was not opened.`,
      );
    }
    setStep({ kind: 'reading' });
    try {
      const result = parseBackup(new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        setStep({ kind: 'idle' });
        return setError(`${result.reason} Nothing was changed.`);
      }
      setStep({ kind: 'preview', backup: result.backup, preview: await previewRestore(result.backup) });
    } catch (caught) {
      setStep({ kind: 'idle' });
      setError(caught instanceof Error ? caught.message : 'The file could not be read.');
    }
  }

  async function restore(backup: ParsedBackup, preview: RestorePreview) {
    setStep({ kind: 'restoring', backup, preview });
    setError(null);
    try {
      const count = await applyRestore(backup, choice);
      setStep({ kind: 'done', count });
      await initSettings().catch(() => {});
    } catch (caught) {
      setStep({ kind: 'preview', backup, preview });
      const why = caught instanceof Error ? caught.message : 'The backup could not be restored.';
      setError(`${why} Nothing from the backup was added; everything on this device is as it was.`);
    }
  }

  return (
    <section class="card" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore from a backup</h2>
      <p>
        Records already on this device are kept; nothing is added twice. You see what the file holds before anything
        changes.
      </p>
      <div class="field">
        <label for="backup-file">Choose a backup file</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {step.kind === 'reading' ? <p role="status">Checking the file…</p> : null}
      {step.kind === 'preview' || step.kind === 'restoring' ? (
        <>
          <BackupPreview preview={step.preview} choice={choice} onChoice={setChoice} />
          <div class="btn-row">
            <Button onClick={() => void restore(step.backup, step.preview)} disabled={step.kind === 'restoring'}>
              {step.kind === 'restoring' ? 'Restoring…' : 'Restore this backup'}
            </Button>
            <Button variant="secondary" onClick={() => setStep({ kind: 'idle' })} disabled={step.kind === 'restoring'}>
              Cancel
            </Button>
          </div>
        </>
      ) : null}
      {step.kind === 'done' ? (
        <Notice>
          The backup was restored: {step.count} {step.count === 1 ? 'record' : 'records'} added or updated.
        </Notice>
      ) : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
