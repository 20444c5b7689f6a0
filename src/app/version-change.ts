import { steppedAside } from '../state/app-status';
import { flushAll } from '../state/app-update';
import { onVersionChange } from '../storage/db';

/** When a newer version opens the database in another tab: save drafts, then step aside. Returns a cleanup. */
export function watchOtherTabs(): () => void {
  return onVersionChange(async () => {
    await flushAll();
    steppedAside.value = true;
  });
}
