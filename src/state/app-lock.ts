// The app lock as the screens see it: the state (read-only, owned by app-lock-machine.ts) and the actions that ask
// it to change. Critical path: this module is in the first bundle, so the work (key derivation, record conversion)
// loads lazily from app-lock-engine.ts, which imports the machine, never this module.

import { dispatchLock, lockStatus } from './app-lock-machine';
import { tellOtherTabs } from './app-lock-tabs';
import { flushAll } from './app-update';

export type { LockConversion } from '../domain/app-lock-state';
export {
  DEFAULT_IDLE_MINUTES,
  type LockStatus,
  lockConversion,
  lockIdleMinutes,
  lockStatus,
} from './app-lock-machine';

const engine = () => import('./app-lock-engine');

/** What a passphrase attempt came to (see app-lock-machine). */
import type { PassphraseResult } from './app-lock-machine';

export type { PassphraseResult };

/** The idle times a person can choose before the app locks itself, in minutes. */
export const IDLE_CHOICES: readonly number[] = [1, 5, 15, 30];

/** How long the app may be hidden (another app, screen off) before it locks itself. */
export const HIDDEN_LOCK_MS = 60_000;

/** Reads the lock record at start-up (or after another tab changed it) and sets where the lock stands. */
export async function loadLockState(): Promise<void> {
  await (await engine()).loadLockState();
}

/** Tries the passphrase; on success the data key is held in memory and any interrupted conversion resumes. */
export async function unlock(passphrase: string): Promise<PassphraseResult> {
  return (await engine()).unlock(passphrase);
}

/**
 * Saves open drafts, then forgets the data key: every screen is replaced by the lock screen. `everywhere` (the
 * person pressed "Lock now") locks the other open tabs too; an idle or hidden lock stays in its own tab, so a
 * forgotten background tab never locks the one in use.
 */
export async function lockNow(options: { everywhere?: boolean } = {}): Promise<void> {
  if (options.everywhere) tellOtherTabs('locked');
  if (lockStatus.value !== 'unlocked') return;
  await flushAll();
  dispatchLock({ type: 'forget' });
}

/**
 * Turns the lock on: a new data key wrapped by the passphrase, then every sensitive record encrypted in place. A
 * passphrase the app made ('generated') may later be typed in any case, with or without its dashes.
 */
export async function turnLockOn(
  passphrase: string,
  idleMinutes: number,
  kind: 'generated' | 'chosen' = 'chosen',
): Promise<void> {
  await (await engine()).turnLockOn(passphrase, idleMinutes, kind);
}

/** Turns the lock off (the passphrase is asked again): every record decrypted in place, then the key removed. */
export async function turnLockOff(passphrase: string): Promise<PassphraseResult> {
  return (await engine()).turnLockOff(passphrase);
}

/** Changes the passphrase: the same data key is wrapped again; no record is re-encrypted. */
export async function changeLockPassphrase(current: string, next: string): Promise<PassphraseResult> {
  return (await engine()).changePassphrase(current, next);
}

/** Saves a new idle time. */
export async function setLockIdleMinutes(minutes: number): Promise<void> {
  await (await engine()).setIdleMinutes(minutes);
}

/** How long until another passphrase may be tried (0 when now); grows with each wrong try in a row. */
export async function lockRetryWaitMs(): Promise<number> {
  return (await engine()).retryWaitMs(Date.now());
}
