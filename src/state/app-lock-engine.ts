// The app lock's work, loaded lazily: key derivation, unwrapping, and converting records in place.
// (Being written: the lock record, the data key and the conversions land in the next commits.)
import type { PassphraseResult } from './app-lock';

/** Reads the lock record and sets the lock status. */
export async function loadLockState(): Promise<void> {}

/** Tries a passphrase. */
export async function unlock(_passphrase: string): Promise<PassphraseResult> {
  return { ok: false, reason: 'wrong', retryInMs: 0 };
}

/** Forgets the data key. */
export function forgetKey(): void {}

/** Turns the lock on. */
export async function turnLockOn(_passphrase: string, _idleMinutes: number): Promise<void> {}

/** Turns the lock off. */
export async function turnLockOff(_passphrase: string): Promise<PassphraseResult> {
  return { ok: false, reason: 'wrong', retryInMs: 0 };
}

/** Re-wraps the data key under a new passphrase. */
export async function changePassphrase(_current: string, _next: string): Promise<PassphraseResult> {
  return { ok: false, reason: 'wrong', retryInMs: 0 };
}

/** Saves the idle time. */
export async function setIdleMinutes(_minutes: number): Promise<void> {}

/** The wait before another try. */
export function retryWaitMs(_now: number): number {
  return 0;
}
