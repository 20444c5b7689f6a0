// Another tab turned the lock on or off, locked, or changed the passphrase: read where the lock stands again.
// Critical path: App imports this.
import { LOCK_CHANNEL, loadLockState, lockNow } from '../state/app-lock';
import { flushAll } from '../state/app-update';

/** Listens for lock changes from other tabs; returns a stop function. Does nothing where BroadcastChannel is missing. */
export function watchLockChannel(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    // The person pressed "Lock now" in another tab: lock here too (drafts are saved first).
    if (event.data === 'locked') {
      void lockNow().catch(() => undefined);
      return;
    }
    // Drafts are written while this tab can still write them as it did (the other tab may have locked).
    void flushAll()
      .then(loadLockState)
      .catch(() => undefined);
  };
  return () => channel.close();
}
