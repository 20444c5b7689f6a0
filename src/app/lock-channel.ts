// Another tab turned the lock on or off, locked, or changed the passphrase: read where the lock stands again.
// Critical path: App imports this.
import { loadLockState } from '../state/app-lock';
import { flushAll } from '../state/app-update';

/** The channel the lock engine posts on whenever the lock changes. */
export const LOCK_CHANNEL = 'stillpoint-lock';

/** Listens for lock changes from other tabs; returns a stop function. Does nothing where BroadcastChannel is missing. */
export function watchLockChannel(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.onmessage = () => {
    // Drafts are written while this tab can still write them as it did (the other tab may have locked).
    void flushAll()
      .then(loadLockState)
      .catch(() => undefined);
  };
  return () => channel.close();
}
