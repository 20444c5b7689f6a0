// What tabs tell each other about the lock, on one BroadcastChannel. Each message carries the lock's epoch (a count
// of lock changes, kept in the lock record), so a tab can tell a message about the lock it knows from a stale one.
import { knownLockEpoch } from './app-lock-machine';

/** The channel on which tabs tell each other that the lock changed or that the person locked. */
export const LOCK_CHANNEL = 'stillpoint-lock';

/** A message on the lock channel: 'changed' (read the lock record again) or 'locked' (the person pressed Lock now). */
export interface LockMessage {
  kind: 'changed' | 'locked';
  epoch: number;
}

/** Reads a message from the channel; anything else (an older build's plain string, a stranger's) is undefined. */
export function parseLockMessage(data: unknown): LockMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { kind, epoch } = data as Record<string, unknown>;
  if ((kind !== 'changed' && kind !== 'locked') || typeof epoch !== 'number') return undefined;
  return { kind, epoch };
}

/** Posts a message to the other tabs (a tab never hears its own), carrying the epoch this tab knows now. */
export function tellOtherTabs(kind: LockMessage['kind']): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  const message: LockMessage = { kind, epoch: knownLockEpoch() };
  channel.postMessage(message);
  channel.close();
}
