// Saving a backup, plain or encrypted: one path, so both name the file the same way and both quiet the reminder.
import { downloadBlob } from '../../platform/download';
import { updateSettings } from '../../state/settings';
import { buildBackup } from '../../storage/backup';
import { backupFileName, ENCRYPTED_BACKUP_MIME, sealBackup } from '../../storage/backup-file';

/** Backs up everything now (sealed with the passphrase when one is given), downloads it, and notes when. */
export async function saveBackup(passphrase?: string): Promise<void> {
  const now = new Date();
  const plain = await buildBackup(now);
  if (passphrase === undefined) {
    downloadBlob(new Blob([plain], { type: 'application/json' }), backupFileName(now, 'plain'));
  } else {
    const sealed = await sealBackup(plain, passphrase);
    downloadBlob(new Blob([sealed], { type: ENCRYPTED_BACKUP_MIME }), backupFileName(now, 'encrypted'));
  }
  // The file is saved either way; failing to note the date only means the reminder may come early.
  await updateSettings({ lastBackupAt: now.toISOString() }).catch(() => {});
}
