// The app lock as the screens see it: whether it is on, locked or unlocked in this tab, and the actions that change
// that. Critical path: this module is in the first bundle, so the work (key derivation, record conversion) loads
// lazily from app-lock-engine.ts.
import { signal } from '@preact/signals';
import { readLocalNote, writeLocalNote } from '../platform/local-note';
import { flushAll } from './app-update';

const engine = () => import('./app-lock-engine');

// A copy of "the lock is on" in localStorage, so the first screen can show the lock screen without waiting for
// IndexedDB. The lock record in IndexedDB stays the source of truth (see loadLockState).
const HINT_KEY = 'stillpoint:lock-hint';

/** The channel on which tabs tell each other that the lock changed ('changed') or that the person locked ('locked'). */
export const LOCK_CHANNEL = 'stillpoint-lock';

/** Posts a message to the other tabs on the lock channel (a tab never hears its own). */
export function tellOtherTabs(message: 'changed' | 'locked'): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Where the lock stands in this tab: no lock, locked (no key in memory), or unlocked (key in memory). */
export type LockStatus = 'off' | 'locked' | 'unlocked';

/** Progress of turning the lock on or off (records converted so far), while it runs. */
export interface LockConversion {
  direction: 'on' | 'off';
  done: number;
  total: number;
}

/** The result of anything that takes the passphrase: done, a wrong passphrase, or "wait before trying again". */
export type PassphraseResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; retryInMs: number };

/** The idle times a person can choose before the app locks itself, in minutes. */
export const IDLE_CHOICES: readonly number[] = [1, 5, 15, 30];

/** The idle time used until the person chooses one. */
export const DEFAULT_IDLE_MINUTES = 5;

/** How long the app may be hidden (another app, screen off) before it locks itself. */
export const HIDDEN_LOCK_MS = 60_000;

/** The shortest passphrase the lock accepts (the person chooses it; it guards only this device). */
export const MIN_LOCK_PASSPHRASE_LENGTH = 8;

/** Records in localStorage whether the lock is on (not a secret: the lock screen itself says so). */
export function writeLockHint(on: boolean): void {
  writeLocalNote(HINT_KEY, on ? true : undefined);
}

/** Where the lock stands in this tab. */
export const lockStatus = signal<LockStatus>(readLocalNote(HINT_KEY) === true ? 'locked' : 'off');

/** Set while the lock is being turned on or off (and while an interrupted change resumes after unlocking). */
export const lockConversion = signal<LockConversion | null>(null);

/** The chosen idle time before the app locks itself, in minutes (kept in the lock record). */
export const lockIdleMinutes = signal<number>(DEFAULT_IDLE_MINUTES);

/** Reads the lock record at start-up and sets lockStatus (locked when a lock exists, whatever the hint said). */
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
  (await engine()).forgetKey();
}

/** Turns the lock on: a new data key wrapped by the passphrase, then every sensitive record encrypted in place. */
export async function turnLockOn(passphrase: string, idleMinutes: number): Promise<void> {
  await (await engine()).turnLockOn(passphrase, idleMinutes);
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
