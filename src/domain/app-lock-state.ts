// The app lock's state machine: where the lock stands in this tab and every way it may change. Pure: the state
// module (state/app-lock-machine.ts) holds the one current value and is its only writer.
import { bytesEqual } from '../lib/bytes';
import type { LockRecord } from './app-lock';

/** Progress of turning the lock on or off (records converted so far), while it runs. */
export interface LockConversion {
  direction: 'on' | 'off';
  done: number;
  total: number;
}

/**
 * Where the lock stands in this tab. Off (`known` once the lock record has been read and found absent; `epoch`
 * the last lock's, so a later message about it can be told from a stale one), locked
 * (no key in memory; `record` undefined while only the start-up hint says a lock exists), or unlocked (the data key
 * in memory, and a conversion's progress while one runs).
 */
export type LockState =
  | { status: 'off'; known: boolean; epoch: number }
  | { status: 'locked'; record: LockRecord | undefined }
  | { status: 'unlocked'; record: LockRecord; key: CryptoKey; conversion: LockConversion | null };

/** What can happen to the lock. */
export type LockEvent =
  /** The lock record was read (at start-up, or after another tab said it changed); undefined: there is none. */
  | { type: 'read'; record: LockRecord | undefined }
  /** The passphrase opened the data key (unlock, turning on, turning off, a new passphrase). */
  | { type: 'unlocked'; record: LockRecord; key: CryptoKey }
  /** This tab saved a new lock record while holding the key. */
  | { type: 'saved'; record: LockRecord }
  /** The lock was turned off here: every record is plain, the lock record is gone. */
  | { type: 'removed' }
  /** Lock now (by hand, idle, hidden, another tab): the key is forgotten, unless a conversion needs it. */
  | { type: 'forget' }
  /** Storage met a sealed record without the key (an unlocked tab holds it, so there the report is stale). */
  | { type: 'sealed-without-key' }
  /** A conversion's progress, or null when it ends. */
  | { type: 'progress'; conversion: LockConversion | null };

/** The first state of a tab: from the start-up hint only. */
export function initialLockState(hintSaysOn: boolean): LockState {
  return hintSaysOn ? { status: 'locked', record: undefined } : { status: 'off', known: false, epoch: 0 };
}

function sameKeyMaterial(a: LockRecord, b: LockRecord): boolean {
  return bytesEqual(a.salt, b.salt) && bytesEqual(a.wrapped, b.wrapped);
}

/** The next state after an event. An event that does not apply leaves the state as it is. */
export function nextLockState(state: LockState, event: LockEvent): LockState {
  switch (event.type) {
    case 'read':
      if (!event.record) {
        if (state.status === 'unlocked' && state.conversion) return state;
        return { status: 'off', known: true, epoch: knownEpoch(state) };
      }
      // A tab holding the key that is still current stays unlocked (another tab changed the idle time, say).
      if (state.status === 'unlocked' && (state.conversion || sameKeyMaterial(state.record, event.record))) {
        return { ...state, record: event.record };
      }
      return { status: 'locked', record: event.record };
    case 'unlocked':
      return { status: 'unlocked', record: event.record, key: event.key, conversion: null };
    case 'saved':
      return state.status === 'unlocked' ? { ...state, record: event.record } : state;
    case 'removed':
      // Turning the lock off is a change of its own: one past the last lock's epoch.
      return { status: 'off', known: true, epoch: knownEpoch(state) + 1 };
    case 'forget':
      if (state.status === 'unlocked' && state.conversion) return state;
      return state.status === 'off' ? state : { status: 'locked', record: state.record };
    case 'sealed-without-key':
      // Only a tab that believed the lock off learns here that it is on. An unlocked tab holds the key, so storage
      // cannot meet a sealed record without it now: the report is stale (a write that started while this tab
      // believed the lock off, refused after the unlock), and locking on it would undo the unlock just accepted.
      return state.status === 'off' ? { status: 'locked', record: undefined } : state;
    case 'progress':
      return state.status === 'unlocked' ? { ...state, conversion: event.conversion } : state;
  }
}

/** The lock's epoch in a record (older records have none: 0). */
export function epochOf(record: LockRecord | undefined): number {
  return record?.epoch ?? 0;
}

/** The lock's epoch as a state knows it. */
export function knownEpoch(state: LockState): number {
  return state.status === 'off' ? state.epoch : epochOf(state.record);
}
