import { datedFileName } from '../lib/file-names';
import { downloadBlob } from '../platform/download';
import { generatePassphrase } from '../platform/sealed-box';
import { encodeValue } from '../storage/backup-codec';
import { ENCRYPTED_BACKUP_EXTENSION, ENCRYPTED_BACKUP_MIME, sealBackup } from '../storage/backup-file';
import { exportAllStores } from '../storage/export-all';

/** A passphrase for an encrypted rescue copy (as an encrypted backup has one). */
export function newRescuePassphrase(): string {
  return generatePassphrase();
}

/**
 * Saves everything readable in the database as a JSON file (used when a screen has crashed or storage is in
 * trouble). Voice-note audio is written as base64, the way backups carry it, so no recording is lost. With a
 * passphrase (the app lock is on) the file is sealed as an encrypted backup is, so the copy is no less private than
 * what it was copied from.
 */
export async function downloadRescueCopy(passphrase?: string): Promise<void> {
  const now = new Date();
  const dump = await exportAllStores();
  const stores = await encodeValue(dump.stores);
  const json = new TextEncoder().encode(JSON.stringify({ ...dump, stores }, null, 2));
  if (passphrase === undefined) {
    downloadBlob(new Blob([json], { type: 'application/json' }), datedFileName('rescue', now, '.json'));
    return;
  }
  const sealed = await sealBackup(json, passphrase);
  downloadBlob(
    new Blob([sealed], { type: ENCRYPTED_BACKUP_MIME }),
    datedFileName('rescue', now, ENCRYPTED_BACKUP_EXTENSION),
  );
}
