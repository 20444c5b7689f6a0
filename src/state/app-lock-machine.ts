// The one owner of the app lock's state in this tab. Everything else reads the signals below or sends an event
// through dispatchLock; only this module writes the state, and after every change it tells storage where the lock
// stands (one call: setAtRestMode), keeps the start-up hint in step, and nothing else keeps a copy. Critical path:
// this module is in the first bundle, so it stays small: of storage it imports only at-rest-mode.ts (the rest of the
// at-rest layer loads with the first read), and the heavy work loads lazily from app-lock-engine.ts.
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { LockRecord } from '../domain/app-lock';
import {
  initialLockState,
  knownEpoch,
  type LockConversion,
  type LockEvent,
  type LockState,
  nextLockState,
} from '../domain/app-lock-state';
import { readLocalNote, writeLocalNote } from '../platform/local-note';
import { type LockPhase, SEAL_POLICY, setAtRestMode, setLockedListener } from '../storage/at-rest-mode';

// A copy of "the lock is on" in localStorage, so the first screen can show the lock screen without waiting for
// IndexedDB. The lock record in IndexedDB stays the source of truth (a 'read' event corrects the hint).
/** Where the lock hint is kept (the first-frame script reads it too, before the app loads). */
export const LOCK_HINT_KEY = 'stillpoint:lock-hint';

/** Where the lock stands in this tab: no lock, locked (no key in memory), or unlocked (key in memory). */
export type LockStatus = LockState['status'];

/** What a passphrase attempt came to: opened, wrong, or too soon after wrong tries (wait this long). */
export type PassphraseResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; retryInMs: number };

/** The idle time used until the person chooses one. */
export const DEFAULT_IDLE_MINUTES = 5;

const state = signal<LockState>(initialLockState(readLocalNote(LOCK_HINT_KEY) === true));

/** The whole state, read-only (a computed: assigning to it throws, so no one else can write it). */
export const lockState: ReadonlySignal<LockState> = computed(() => state.value);

/** Where the lock stands in this tab. */
export const lockStatus = computed<LockStatus>(() => state.value.status);

/** Set while the lock is being turned on or off (and while an interrupted change resumes after unlocking). */
export const lockConversion = computed<LockConversion | null>(() =>
  state.value.status === 'unlocked' ? state.value.conversion : null,
);

/** The chosen idle time before the app locks itself, in minutes (kept in the lock record). */
export const lockIdleMinutes = computed<number>(() => {
  const current = state.value;
  return current.status !== 'off' && current.record ? current.record.idleMinutes : DEFAULT_IDLE_MINUTES;
});

/** The lock's epoch as this tab knows it (0 without a lock record). */
export function knownLockEpoch(): number {
  return knownEpoch(state.peek());
}

function phaseOfRecord(record: LockRecord): LockPhase {
  // A lock finished under an older sealing policy is finished again on unlock: until then it is still turning on.
  if (record.state === 'on' && (record.policy ?? 1) < SEAL_POLICY) return 'turning-on';
  return record.state;
}

function phaseOf(current: LockState): LockPhase {
  if (current.status === 'off') return current.known ? 'off' : 'unknown';
  return current.record ? phaseOfRecord(current.record) : 'present';
}

/** Applies an event: the only way the lock's state changes. */
export function dispatchLock(event: LockEvent): LockState {
  const next = nextLockState(state.peek(), event);
  if (next === state.peek()) return next;
  state.value = next;
  setAtRestMode({ phase: phaseOf(next), key: next.status === 'unlocked' ? next.key : undefined });
  if (next.status !== 'off' || next.known) writeLocalNote(LOCK_HINT_KEY, next.status !== 'off' ? true : undefined);
  return next;
}

setAtRestMode({ phase: phaseOf(state.peek()), key: undefined });
setLockedListener(() => dispatchLock({ type: 'sealed-without-key' }));
