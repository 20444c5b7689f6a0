import { flushAll } from '../state/app-update';
import { onVersionChange } from '../storage/db';

/**
 * When a newer version opens the database in another tab: save drafts; the storage layer then steps aside and the
 * shell's mode shows the step-aside screen. Returns a cleanup.
 */
export function watchOtherTabs(): () => void {
  return onVersionChange(() => flushAll());
}
