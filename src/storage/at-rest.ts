// Encryption at rest (the app lock): seals a record before it is written and opens it after it is read. The data
// key lives here, in memory only, while the app is unlocked. A sealed record keeps its key, dates and index fields
// in the clear and carries everything else as AES-256-GCM ciphertext whose associated data names the store, the
// record's key and the schema version, so a sealed value moved to another record or store does not open.
import { clearFieldsOf } from './at-rest-policy';
import type { StoreName } from './schema';
import { StorageError } from './storage-error';

// The cipher (Web Crypto, the value codec) loads only when a record is actually sealed or opened: an app without a
// lock never downloads it, and start-up stays light.
const cipher = () => import('./at-rest-cipher');

/** The field a sealed record keeps its ciphertext in. Stored on people's devices: never rename it. */
export const SEALED_FIELD = '$sealed';

/** The encrypted part of a sealed record. */
export interface SealedPart {
  /** The schema version when it was sealed (part of the associated data). */
  v: number;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

let dataKey: CryptoKey | undefined;
let sealNewWrites = false;
// Whether a lock record exists: unknown until the lock state has been read at start-up.
let lockPresent: boolean | undefined;
let onLocked: () => void = () => {};

/** Sets who hears that a read or write met a sealed record without the key (the shell then shows the lock). */
export function setLockedListener(listener: () => void): void {
  onLocked = listener;
}

function lockedError(): StorageError {
  onLocked();
  return new StorageError('locked', LOCKED_MESSAGE);
}

const LOCKED_MESSAGE = 'Stillpoint is locked. Unlock it to see and save your entries.';

/** Holds the data key in memory (unlock); sealWrites says whether new writes are encrypted (lock on or turning on). */
export function holdDataKey(key: CryptoKey, sealWrites: boolean): void {
  dataKey = key;
  sealNewWrites = sealWrites;
}

/** Whether new writes are encrypted, and whether the key is in memory. */
export function atRestState(): { sealing: boolean; hasKey: boolean } {
  return { sealing: sealNewWrites, hasKey: dataKey !== undefined };
}

/** Forgets the data key (lock); with sealing still on, writes are refused until the next unlock. */
export function dropDataKey(sealWrites: boolean): void {
  dataKey = undefined;
  sealNewWrites = sealWrites;
}

/** Whether a stored value is a sealed record. */
export function isSealed(value: unknown): value is Record<string, unknown> & { [SEALED_FIELD]: SealedPart } {
  if (typeof value !== 'object' || value === null || !(SEALED_FIELD in value)) return false;
  const part = (value as Record<string, unknown>)[SEALED_FIELD];
  if (typeof part !== 'object' || part === null) return false;
  const { v, iv, data } = part as Record<string, unknown>;
  return typeof v === 'number' && iv instanceof Uint8Array && data instanceof Uint8Array;
}

/** Records whether the lock exists, so a sealed record met without a lock is treated as damaged, not as locked. */
export function setLockPresence(present: boolean): void {
  lockPresent = present;
}

/** Seals a record before a write when the lock is on; refuses (StorageError 'locked') while locked. */
export async function sealForWrite(store: StoreName, value: unknown): Promise<unknown> {
  if (!sealNewWrites || !clearFieldsOf(store)) return value;
  if (!dataKey) throw lockedError();
  return (await cipher()).sealWith(dataKey, store, value);
}

/** Opens a record after a read; a plain record passes through. Throws StorageError 'locked' without the key. */
export async function openAfterRead(store: StoreName, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  if (!dataKey) {
    // No lock at all (turned off with a damaged record left over): that record is skipped like any damaged one.
    if (lockPresent === false) return undefined;
    throw lockedError();
  }
  return (await cipher()).openWith(dataKey, store, value);
}
