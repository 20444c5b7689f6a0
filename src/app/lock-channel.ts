// Another tab turned the lock on or off, locked, or changed the passphrase: read where the lock stands again.
// Critical path: App imports this.
import { loadLockState, lockNow } from '../state/app-lock';
import { knownLockEpoch } from '../state/app-lock-machine';
import { LOCK_CHANNEL, parseLockMessage } from '../state/app-lock-tabs';
import { flushAll } from '../state/app-update';

/** Listens for lock changes from other tabs; returns a stop function. Does nothing where BroadcastChannel is missing. */
export function watchLockChannel(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseLockMessage(event.data);
    if (!message) return;
    // The person pressed "Lock now" in another tab: lock here too (drafts are saved first). Always: locking is safe.
    if (message.kind === 'locked') {
      void lockNow().catch(() => undefined);
      return;
    }
    const known = knownLockEpoch();
    // A change older than the lock this tab knows arrived late: nothing to do.
    if (message.epoch < known) return;
    // Same epoch: only a setting changed (the idle time); read it again. A newer epoch: the lock itself changed, so
    // drafts are written first, while this tab can still write them as it did. Should the other tab have finished
    // turning the lock on by then, storage refuses a plain write rather than leave one behind.
    const saved = message.epoch > known ? flushAll() : Promise.resolve();
    void saved.then(loadLockState).catch(() => undefined);
  };
  return () => channel.close();
}
