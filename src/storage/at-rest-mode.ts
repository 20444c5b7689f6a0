// Where the app lock stands, as storage needs it: the one value the lock's state machine (state/app-lock-machine.ts)
// hands storage, and who hears that a record was met sealed without the key. Critical path: the machine is in the
// first bundle and imports only this, so the rest of the at-rest layer (the sealing policy, the stores' names, the
// cipher) loads with the first read instead of with the first screen.

/**
 * Where the lock stands as storage needs it: unknown until the lock record is read at start-up, present (the hint
 * says a lock exists; its record is not read yet), off, being turned on, on (every record of a sealed store is
 * sealed, so a plain one there is damaged), or being turned off.
 */
export type LockPhase = 'unknown' | 'present' | 'off' | 'turning-on' | 'on' | 'turning-off';

/** What storage is told about the lock: its phase and, while unlocked, the data key. */
export interface AtRestMode {
  phase: LockPhase;
  key: CryptoKey | undefined;
}

/**
 * The version of the sealing policy (storage/at-rest-policy.ts), kept in the lock record. A lock turned on under an
 * older one is finished again on the next unlock: the stores it did not seal yet are sealed then, and until then
 * their plain records are not damaged. 3: the device's identity is sealed too.
 */
export const SEAL_POLICY = 3;

let mode: AtRestMode = { phase: 'unknown', key: undefined };
let onLocked: () => void = () => {};

/** Tells storage where the lock stands and hands it the data key (or takes it away). The lock's machine alone calls it. */
export function setAtRestMode(next: AtRestMode): void {
  mode = next;
}

/** Where the lock stands for storage now (storage/at-rest.ts reads it on every seal and open). */
export function atRestMode(): AtRestMode {
  return mode;
}

/** Sets who hears that a read or write met a sealed record without the key (the shell then shows the lock). */
export function setLockedListener(listener: () => void): void {
  onLocked = listener;
}

/** Tells the listener that a read or write met a sealed record without the key. */
export function tellLocked(): void {
  onLocked();
}
