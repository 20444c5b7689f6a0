// The app lock's work, loaded lazily: reading the lock record, unwrapping the data key with the passphrase, the
// slow-down after wrong tries, and converting records in place when the lock is turned on or off. It never holds
// state of its own: every outcome is an event for the lock's machine (app-lock-machine.ts).
import { type FailureCount, type LockRecord, retryWaitAt } from '../domain/app-lock';
import { epochOf } from '../domain/app-lock-state';
import { normalizePassphrase } from '../domain/passphrase';
import { ownBytes } from '../lib/bytes';
import { readLocalNote, writeLocalNote } from '../platform/local-note';
import { createDataKey, openDataKey, rewrapDataKey, type WrappedKey } from '../platform/lock-key';
import {
  type ConversionDirection,
  type ConversionPosition,
  type ConversionSkips,
  convertBatch,
  countToConvert,
  finishConversion,
} from '../storage/at-rest-convert';
import { SEAL_POLICY } from '../storage/at-rest-policy';
import { loadLockRecord, saveLockRecord } from '../storage/lock-store';
import { dispatchLock, type PassphraseResult } from './app-lock-machine';
import { tellOtherTabs } from './app-lock-tabs';

const FAILURES_KEY = 'stillpoint:lock-failures';

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

/** Which kind of passphrase the lock has: one the app made, or one the person chose. */
export type PassphraseKind = NonNullable<LockRecord['passphraseKind']>;

/** The passphrase as the key is derived from it: a made one in its canonical form, however it was typed. */
function asKeyed(passphrase: string, kind: LockRecord['passphraseKind']): string {
  return kind === 'generated' ? normalizePassphrase(passphrase) : passphrase;
}

/** The next epoch: larger than the record's, and than any earlier lock's on this device (they are times). */
function nextEpoch(record: LockRecord | undefined): number {
  return Math.max(epochOf(record) + 1, Date.now());
}

/** Reads the lock record and tells the machine; a tab that holds the current key stays unlocked. */
export async function loadLockState(): Promise<void> {
  dispatchLock({ type: 'read', record: await loadLockRecord() });
}

/** Forgets the data key (the lock screen takes over). Not while a conversion is running: it needs the key. */
export function forgetKey(): void {
  dispatchLock({ type: 'forget' });
}

async function convertAll(direction: ConversionDirection, key: CryptoKey, skip: ConversionSkips): Promise<void> {
  const total = await countToConvert(direction);
  const position: ConversionPosition = new Map();
  let done = 0;
  dispatchLock({ type: 'progress', conversion: { direction, done, total } });
  try {
    for (let converted = await convertBatch(key, direction, skip, position); converted > 0; ) {
      done = Math.min(total, done + converted);
      dispatchLock({ type: 'progress', conversion: { direction, done, total } });
      converted = await convertBatch(key, direction, skip, position);
    }
  } finally {
    dispatchLock({ type: 'progress', conversion: null });
  }
}

/**
 * Converts until nothing is left, then ends the change in the same transaction that finds nothing left. Another tab
 * that heard "changed" may still save its open drafts in the clear while the lock is turning on; those land before
 * that transaction (and are converted on the next round) or after it, where storage refuses them: the lock record
 * says "on". So no plain record is ever left behind, and no timer is needed.
 */
async function convertUntilDone(direction: ConversionDirection, key: CryptoKey, end: LockRecord | undefined) {
  const skip: ConversionSkips = new Set();
  do await convertAll(direction, key, skip);
  while (!(await finishConversion(direction, end, skip)));
}

async function finishOn(record: LockRecord, key: CryptoKey): Promise<void> {
  const on: LockRecord = { ...record, state: 'on', policy: SEAL_POLICY, changedAt: new Date().toISOString() };
  await convertUntilDone('on', key, on);
  dispatchLock({ type: 'saved', record: on });
}

async function finishOff(key: CryptoKey): Promise<void> {
  await convertUntilDone('off', key, undefined);
  dispatchLock({ type: 'removed' });
}

function needsFinishing(record: LockRecord): 'on' | 'off' | undefined {
  if (record.state === 'turning-off') return 'off';
  return record.state === 'turning-on' || (record.policy ?? 1) < SEAL_POLICY ? 'on' : undefined;
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
  const key = await openDataKey(wrappedOf(record), asKeyed(passphrase, record.passphraseKind));
  if (!key) return wrongTry();
  writeFailures(undefined);
  dispatchLock({ type: 'unlocked', record, key });
  const finishing = needsFinishing(record);
  if (finishing === 'on') await finishOn(record, key);
  if (finishing === 'off') await finishOff(key);
  return { ok: true };
}

/** Turns the lock on: the wrapped key is stored first, then every record is sealed, then the lock is "on". */
export async function turnLockOn(
  passphrase: string,
  idleMinutes: number,
  kind: PassphraseKind = 'chosen',
): Promise<void> {
  if (await loadLockRecord()) throw new Error('The lock is already on.');
  const { key, stored } = await createDataKey(asKeyed(passphrase, kind));
  const record: LockRecord = {
    id: 'app-lock',
    state: 'turning-on',
    ...stored,
    idleMinutes,
    changedAt: new Date().toISOString(),
    epoch: nextEpoch(undefined),
    passphraseKind: kind,
    policy: SEAL_POLICY,
  };
  await saveLockRecord(record);
  dispatchLock({ type: 'unlocked', record, key });
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
  const key = await openDataKey(wrappedOf(record), asKeyed(passphrase, record.passphraseKind));
  if (!key) return wrongTry();
  writeFailures(undefined);
  const turningOff: LockRecord = {
    ...record,
    state: 'turning-off',
    epoch: nextEpoch(record),
    changedAt: new Date().toISOString(),
  };
  await saveLockRecord(turningOff);
  dispatchLock({ type: 'unlocked', record: turningOff, key });
  tellOtherTabs('changed');
  await finishOff(key);
  tellOtherTabs('changed');
  return { ok: true };
}

/** Wraps the same data key under a new passphrase; records are not touched. */
export async function changePassphrase(
  current: string,
  next: string,
  kind: PassphraseKind = 'chosen',
): Promise<PassphraseResult> {
  const wait = mustWait();
  if (wait) return wait;
  const record = await loadLockRecord();
  if (!record) throw new Error('The lock is not on.');
  const rewrapped = await rewrapDataKey(
    wrappedOf(record),
    asKeyed(current, record.passphraseKind),
    asKeyed(next, kind),
  );
  if (!rewrapped) return wrongTry();
  writeFailures(undefined);
  const changed: LockRecord = {
    ...record,
    ...rewrapped.stored,
    passphraseKind: kind,
    epoch: nextEpoch(record),
    changedAt: new Date().toISOString(),
  };
  await saveLockRecord(changed);
  dispatchLock({ type: 'unlocked', record: changed, key: rewrapped.key });
  tellOtherTabs('changed');
  return { ok: true };
}

/** Saves a new idle time in the lock record. */
export async function setIdleMinutes(minutes: number): Promise<void> {
  const record = await loadLockRecord();
  if (!record) throw new Error('The lock is not on.');
  const changed = { ...record, idleMinutes: minutes };
  await saveLockRecord(changed);
  dispatchLock({ type: 'saved', record: changed });
  tellOtherTabs('changed');
}
