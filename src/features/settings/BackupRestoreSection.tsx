import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { initSettings } from '../../state/settings';
import { applyRestore, type ConflictChoice, previewRestore, type RestorePreview } from '../../storage/backup';
import { BACKUP_FILE_ACCEPT, type BackupFileResult, openBackupFile } from '../../storage/backup-file';
import type { ParsedBackup } from '../../storage/backup-format';
import { Button } from '../../ui/Button';
import { BackupPassphraseForm } from './BackupPassphraseForm';
import { BackupPreview } from './BackupPreview';
import { FocusedNotice } from './FocusedNotice';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'passphrase'; bytes: Uint8Array; error: string | null }
  | { kind: 'preview'; backup: ParsedBackup; preview: RestorePreview }
  | { kind: 'restoring'; backup: ParsedBackup; preview: RestorePreview }
  | { kind: 'done'; count: number };

// The exact words for a wrong passphrase: the person should hear that nothing happened to their data.
const WRONG_PASSPHRASE = 'That passphrase does not open this backup. Nothing was changed.';

/** Restores a backup file, plain or encrypted: checks it, shows what it holds, and adds it only when the person agrees. */
export function BackupRestoreSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [choice, setChoice] = useState<ConflictChoice>('keep-device');
  const [error, setError] = useState<string | null>(null);

  function refuse(reason: string) {
    setStep({ kind: 'idle' });
    setError(`${reason} Nothing was changed.`);
  }

  async function showPreview(backup: ParsedBackup) {
    setStep({ kind: 'preview', backup, preview: await previewRestore(backup) });
  }

  // Moves to the step an opened file calls for. Nothing is written here, whatever the file holds.
  async function follow(result: BackupFileResult, tried?: Uint8Array) {
    switch (result.kind) {
      case 'needs-passphrase':
        return setStep({ kind: 'passphrase', bytes: result.bytes, error: tried ? 'Type the passphrase first.' : null });
      case 'wrong-passphrase':
        return tried
          ? setStep({ kind: 'passphrase', bytes: tried, error: WRONG_PASSPHRASE })
          : refuse(WRONG_PASSPHRASE);
      case 'refused':
        return refuse(result.reason);
      case 'plain':
        return result.result.ok ? showPreview(result.result.backup) : refuse(result.result.reason);
      case 'ok':
        return showPreview(result.backup);
    }
  }

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setError(null);
    setChoice('keep-device');
    if (!file) return setStep({ kind: 'idle' });
    setStep({ kind: 'reading' });
    try {
      await follow(await openBackupFile(file));
    } catch (caught) {
      refuse(messageOf(caught, 'The file could not be read.'));
    }
  }

  async function unlock(bytes: Uint8Array, passphrase: string) {
    // Cleared first, so the same message after another wrong try is announced again.
    setStep({ kind: 'passphrase', bytes, error: null });
    setError(null);
    try {
      await follow(await openBackupFile(bytes, passphrase), bytes);
    } catch (caught) {
      refuse(messageOf(caught, 'The backup could not be opened.'));
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
      const why = messageOf(caught, 'The backup could not be restored.');
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
          accept={BACKUP_FILE_ACCEPT}
          aria-describedby="backup-file-hint"
          onChange={(event) => void choose(event.currentTarget)}
        />
        <p id="backup-file-hint" class="field__hint">
          An encrypted backup (.stillpoint-backup) or a plain one (.json).
        </p>
      </div>
      {step.kind === 'reading' ? <p role="status">Checking the file…</p> : null}
      {step.kind === 'passphrase' ? (
        <BackupPassphraseForm
          error={step.error}
          onSubmit={(passphrase) => unlock(step.bytes, passphrase)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : null}
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
        <FocusedNotice>
          The backup was restored: {step.count} {step.count === 1 ? 'record' : 'records'} added or updated.
        </FocusedNotice>
      ) : null}
      {error ? <FocusedNotice tone="danger">{error}</FocusedNotice> : null}
    </section>
  );
}
