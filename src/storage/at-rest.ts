// Encryption at rest (the app lock): seals a record before it is written and opens it after it is read. The data
// key is held in memory only, while the app is unlocked; the lock's state machine (state/app-lock-machine.ts) tells
// storage where the lock stands with one call, setAtRestMode (in at-rest-mode.ts, read here). A sealed record keeps its key, dates and
// index fields in the clear and carries the whole record as padded AES-256-GCM ciphertext whose associated data
// names the store, the record's key, the schema version and the clear fields, so a sealed value moved to another
// record or store, or a clear field changed on the disk, does not open.
import { atRestMode, type LockPhase, tellLocked } from './at-rest-mode';
import { clearFieldsFor } from './at-rest-policy';
import { isSealed } from './at-rest-record';

export { isSealed, lockedView, SEALED_FIELD, type SealedPart } from './at-rest-record';

import type { StoreName } from './schema';
import { StorageError } from './storage-error';

// The cipher (Web Crypto, the value codec) loads only when a record is actually sealed or opened: an app without a
// lock never downloads it, and start-up stays light.
const cipher = () => import('./at-rest-cipher');

const LOCKED_MESSAGE = 'Stillpoint is locked. Unlock it to see and save your entries.';

/** The error for a read or write that needs the key while the app is locked (the shell then shows the lock). */
export function lockedError(): StorageError {
  tellLocked();
  return new StorageError('locked', LOCKED_MESSAGE);
}

/** Where the lock stands for storage, whether new writes are encrypted, and whether the key is in memory. */
export function atRestState(): { phase: LockPhase; sealing: boolean; hasKey: boolean } {
  const mode = atRestMode();
  const hasKey = mode.key !== undefined;
  return { phase: mode.phase, sealing: hasKey && (mode.phase === 'on' || mode.phase === 'turning-on'), hasKey };
}

/** Seals a record before a write when the lock is on; refuses (StorageError 'locked') while locked. */
export async function sealForWrite(store: StoreName, value: unknown): Promise<unknown> {
  if (!clearFieldsFor(store, value)) return value;
  const mode = atRestMode();
  if (atRestState().sealing && mode.key) return (await cipher()).sealWith(mode.key, store, value);
  if (!mode.key && mode.phase !== 'off' && mode.phase !== 'unknown') throw lockedError();
  return value;
}

/**
 * Opens a record after a read; a plain record passes through. Undefined for a damaged record: one that does not
 * open, a sealed one with no lock at all, or a plain one in a sealed store while the lock is on. Throws
 * StorageError 'locked' for a sealed record without the key.
 */
export async function openAfterRead(store: StoreName, value: unknown): Promise<unknown> {
  const mode = atRestMode();
  if (!isSealed(value)) return mode.phase === 'on' && clearFieldsFor(store, value) ? undefined : value;
  if (!mode.key) {
    // No lock at all (turned off with a damaged record left over): that record is skipped like any damaged one.
    if (mode.phase === 'off') return undefined;
    throw lockedError();
  }
  return (await cipher()).openWith(mode.key, store, value);
}
