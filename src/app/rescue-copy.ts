import { downloadBlob } from '../platform/download';
import { exportAllStores } from '../storage/export-all';

/** Saves everything readable in the database as a plain JSON file (used when a screen has crashed). */
export async function downloadRescueCopy(): Promise<void> {
  const dump = await exportAllStores();
  const blob = new Blob([JSON.stringify(dump, null, 2)], { type: 'application/json' });
  downloadBlob(blob, `stillpoint-rescue-${new Date().toISOString().slice(0, 10)}.json`);
}
