import { downloadBlob } from '../platform/download';
import { encodeValue } from '../storage/backup-codec';
import { exportAllStores } from '../storage/export-all';

/**
 * Saves everything readable in the database as a plain JSON file (used when a screen has crashed or storage is
 * in trouble). Voice-note audio is written as base64, the way backups carry it, so no recording is lost.
 */
export async function downloadRescueCopy(): Promise<void> {
  const dump = await exportAllStores();
  const stores = await encodeValue(dump.stores);
  const blob = new Blob([JSON.stringify({ ...dump, stores }, null, 2)], { type: 'application/json' });
  downloadBlob(blob, `stillpoint-rescue-${new Date().toISOString().slice(0, 10)}.json`);
}
