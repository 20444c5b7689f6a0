// The app lock's work, loaded lazily: reading the lock record, unwrapping the data key with the passphrase, the
// slow-down after wrong tries, and converting records in place when the lock is turned on or off.
import { type FailureCount, type LockRecord, retryWaitAt } from '../domain/app-lock';
import { bytesEqual, ownBytes } from '../lib/bytes';
import { readLocalNote, writeLocalNote } from '../platform/local-note';
import { createDataKey, openDataKey, rewrapDataKey, type WrappedKey } from '../platform/lock-key';
import { atRestState, dropDataKey, holdDataKey, setLockedListener, setLockPresence } from '../storage/at-rest';
import { type ConversionDirection, convertBatch, countToConvert } from '../storage/at-rest-convert';
import { deleteLockRecord, loadLockRecord, saveLockRecord } from '../storage/lock-store';
import {
  lockConversion,
  lockIdleMinutes,
  lockStatus,
  type PassphraseResult,
  tellOtherTabs,
  writeLockHint,
} from './app-lock';

const FAILURES_KEY = 'stillpoint:lock-failures';

let held: LockRecord | undefined;

setLockedListener(() => {
  if (lockStatus.value === 'unlocked' || lockStatus.value === 'off') lockStatus.value = 'locked';
});

function wrappedOf(record: LockRecord): WrappedKey {
  return {
    salt: ownBytes(record.salt),
    iterations: record.iterations,
    iv: ownBytes(record.iv),
    wrapped: ownBytes(record.wrapped),
  };
}

function readFailures(): FailureCount {
  const stored = readLocalNote(FAILURES_KEY);
  if (typeof stored === 'object' && stored !== null) {
    const { count, lastAt } = stored as Record<string, unknown>;
    if (typeof count === 'number' && typeof lastAt === 'number') return { count, lastAt };
  }
  // None, or unreadable: counts as none. Without localStorage the slow-down lasts only as long as this page.
  return { count: 0, lastAt: 0 };
}

function writeFailures(failures: FailureCount | undefined): void {
  writeLocalNote(FAILURES_KEY, failures);
}

/** How long until another passphrase may be tried. */
export function retryWaitMs(now: number): number {
  return retryWaitAt(readFailures(), now);
}

function wrongTry(): PassphraseResult {
  const now = Date.now();
  const failures = { count: readFailures().count + 1, lastAt: now };
  writeFailures(failures);
  return { ok: false, reason: 'wrong', retryInMs: retryWaitAt(failures, now) };
}

function mustWait(): PassphraseResult | undefined {
  const wait = retryWaitMs(Date.now());
  return wait > 0 ? { ok: false, reason: 'wait', retryInMs: wait } : undefined;
}

/** Reads the lock record and sets the status; a tab that holds the current key stays unlocked. */
export async function loadLockState(): Promise<void> {
  const record = await loadLockRecord();
  setLockPresence(record !== undefined);
  writeLockHint(record !== undefined);
  if (!record) {
    held = undefined;
    dropDataKey(false);
    lockStatus.value = 'off';
    return;
  }
  lockIdleMinutes.value = record.idleMinutes;
  const sameKey = held !== undefined && bytesEqual(held.salt, record.salt) && bytesEqual(held.wrapped, record.wrapped);
  if (lockStatus.value === 'unlocked' && atRestState().hasKey && sameKey) {
    held = record;
    return;
  }
  forgetKey();
}

/** Forgets the data key (the lock screen takes over). Not while a conversion is running: it needs the key. */
export function forgetKey(): void {
  if (lockConversion.value) return;
  held = undefined;
  dropDataKey(true);
  lockStatus.value = 'locked';
}

async function convertAll(direction: ConversionDirection, key: CryptoKey): Promise<void> {
  const total = await countToConvert(direction);
  const skip = new Set<string>();
  let done = 0;
  lockConversion.value = { direction, done, total };
  try {
    for (let converted = await convertBatch(key, direction, skip); converted > 0; ) {
      done = Math.min(total, done + converted);
      lockConversion.value = { direction, done, total };
      converted = await convertBatch(key, direction, skip);
    }
  } finally {
    lockConversion.value = null;
  }
}

/** How long after a turn-on the engine looks once more for records written in the clear. */
const STRAGGLER_PASS_MS = 1000;

async function finishOn(record: LockRecord, key: CryptoKey): Promise<void> {
  await convertAll('on', key);
  // Another tab hears "changed" and saves its open drafts before it locks; it has no key, so they arrive in the
  // clear, possibly after the pass above. A second pass a moment later seals them.
  await new Promise((resolve) => setTimeout(resolve, STRAGGLER_PASS_MS));
  await convertAll('on', key);
  held = { ...record, state: 'on', changedAt: new Date().toISOString() };
  await saveLockRecord(held);
}

async function finishOff(key: CryptoKey): Promise<void> {
  await convertAll('off', key);
  await deleteLockRecord();
  held = undefined;
  setLockPresence(false);
  dropDataKey(false);
  writeLockHint(false);
  lockStatus.value = 'off';
}

/** Tries the passphrase; on success holds the key and finishes any interrupted conversion. */
export async function unlock(passphrase: string): Promise<PassphraseResult> {
  const wait = mustWait();
  if (wait) return wait;
  const record = await loadLockRecord();
  if (!record) {
    await loadLockState();
    return { ok: true };
  }
  const key = await openDataKey(wrappedOf(record), passphrase);
  if (!key) return wrongTry();
  writeFailures(undefined);
  held = record;
  holdDataKey(key, record.state !== 'turning-off');
  lockIdleMinutes.value = record.idleMinutes;
  lockStatus.value = 'unlocked';
  if (record.state === 'turning-on') await finishOn(record, key);
  if (record.state === 'turning-off') await finishOff(key);
  return { ok: true };
}

/** Turns the lock on: the wrapped key is stored first, then every record is sealed, then the lock is "on". */
export async function turnLockOn(passphrase: string, idleMinutes: number): Promise<void> {
  if (await loadLockRecord()) throw new Error('The lock is already on.');
  const { key, stored } = await createDataKey(passphrase);
  const record: LockRecord = {
    id: 'app-lock',
    state: 'turning-on',
    ...stored,
    idleMinutes,
    changedAt: new Date().toISOString(),
  };
  await saveLockRecord(record);
  held = record;
  setLockPresence(true);
  writeLockHint(true);
  holdDataKey(key, true);
  lockIdleMinutes.value = idleMinutes;
  lockStatus.value = 'unlocked';
  tellOtherTabs('changed');
  await finishOn(record, key);
  tellOtherTabs('changed');
}

/** Turns the lock off after checking the passphrase: every record is opened in place, then the key is removed. */
export async function turnLockOff(passphrase: string): Promise<PassphraseResult> {
  const wait = mustWait();
  if (wait) return wait;
  const record = await loadLockRecord();
  if (!record) return { ok: true };
  const key = await openDataKey(wrappedOf(record), passphrase);
  if (!key) return wrongTry();
  writeFailures(undefined);
  held = { ...record, state: 'turning-off', changedAt: new Date().toISOString() };
  await saveLockRecord(held);
  holdDataKey(key, false);
  lockStatus.value = 'unlocked';
  tellOtherTabs('changed');
  await finishOff(key);
  tellOtherTabs('changed');
  return { ok: true };
}

/** Wraps the same data key under a new passphrase; records are not touched. */
export async function changePassphrase(current: string, next: string): Promise<PassphraseResult> {
  const wait = mustWait();
  if (wait) return wait;
  const record = await loadLockRecord();
  if (!record) throw new Error('The lock is not on.');
  const rewrapped = await rewrapDataKey(wrappedOf(record), current, next);
  if (!rewrapped) return wrongTry();
  writeFailures(undefined);
  held = { ...record, ...rewrapped.stored, changedAt: new Date().toISOString() };
  await saveLockRecord(held);
  holdDataKey(rewrapped.key, held.state !== 'turning-off');
  lockStatus.value = 'unlocked';
  tellOtherTabs('changed');
  return { ok: true };
}

/** Saves a new idle time in the lock record. */
export async function setIdleMinutes(minutes: number): Promise<void> {
  const record = await loadLockRecord();
  if (!record) throw new Error('The lock is not on.');
  held = { ...record, idleMinutes: minutes };
  await saveLockRecord(held);
  lockIdleMinutes.value = minutes;
  tellOtherTabs('changed');
}
