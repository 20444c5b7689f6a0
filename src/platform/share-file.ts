// Hands a file to the person: the share sheet where the browser can share files (iPhone, Android), a download
// otherwise (desktop browsers, Firefox). Nothing goes over the network.
import { downloadBlob } from './download';

/** How the file left: through the share sheet, as a download, or not at all (the person closed the share sheet). */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Whether this browser's share sheet takes this file. */
export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

/**
 * Shares the file through the share sheet, or saves it as a download where there is none. `title` must be neutral
 * (the share sheet may show it to others). A share the browser refuses (not a person's cancel) falls back to a download.
 */
export async function shareOrDownload(file: File, title: string): Promise<ShareOutcome> {
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  downloadBlob(file, file.name);
  return 'downloaded';
}
