// The app lock's stored record and the slow-down after wrong passphrases: pure rules, no storage or crypto.
import { z } from 'zod/mini';

const bytes = z.instanceof(Uint8Array);

/** The lock record (in the keys store under id "app-lock"): the wrapped data key and where a change stands. */
export const LockRecordSchema = z.object({
  id: z.literal('app-lock'),
  /** "on" once every record is sealed; "turning-on"/"turning-off" while a conversion runs or was interrupted. */
  state: z.enum(['on', 'turning-on', 'turning-off']),
  salt: bytes,
  iterations: z.number().check(z.int(), z.gte(600_000), z.lte(5_000_000)),
  iv: bytes,
  wrapped: bytes,
  idleMinutes: z.number().check(z.int(), z.gte(1), z.lte(240)),
  changedAt: z.string(),
  /** Counts every change to the lock (on, off, new passphrase); tabs tell each other this number (optional: older
   * records lack it and count as 0). */
  epoch: z.optional(z.number().check(z.int(), z.gte(0))),
  /** "generated" when the app made the passphrase: it is then typed without care for case, spaces or dashes. */
  passphraseKind: z.optional(z.enum(['generated', 'chosen'])),
  /** The sealing policy the lock was finished under (optional: older records lack it and count as 1). */
  policy: z.optional(z.number().check(z.int(), z.gte(1))),
});
/** The lock record. */
export type LockRecord = z.infer<typeof LockRecordSchema>;

/** Wrong tries allowed before each further try has to wait. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** How long to wait after this many wrong tries in a row: none for the first few, then doubling up to 5 minutes. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** Wrong tries so far and when the last one was. */
export interface FailureCount {
  count: number;
  lastAt: number;
}

/** Milliseconds until the next try is allowed (0 when it is allowed now). */
export function retryWaitAt(failures: FailureCount, now: number): number {
  return Math.max(0, failures.lastAt + waitAfterFailures(failures.count) - now);
}
