// The expiry sweep at start-up: after the first screen is usable (App loads this module then, so it is not in the
// first bundle) and has painted, and only once the data can be read (after unlock when the lock is on). The sweep's
// own code loads later still.
import { effect, type ReadonlySignal } from '@preact/signals';
import { type LockStatus, lockStatus } from './app-lock-machine';

/** How long after the first paint the sweep waits, so it never competes with the first screen's own reads. */
export const SWEEP_DELAY_MS = 2000;

function afterFirstPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, SWEEP_DELAY_MS);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Runs the sweep once per start (now, or at the first unlock); returns a function that cancels it. */
export function scheduleExpirySweep(
  sweep: () => Promise<unknown> = runSweep,
  status: ReadonlySignal<LockStatus> = lockStatus,
): () => void {
  let done = false;
  let stopWatching: (() => void) | undefined;
  const cancelTimer = afterFirstPaint(() => {
    stopWatching = effect(() => {
      if (done || status.value === 'locked') return;
      done = true;
      // A failed sweep is tried again at the next start (and whenever Coach opens); it never bothers the person.
      void sweep().catch(() => undefined);
    });
  });
  return () => {
    cancelTimer();
    stopWatching?.();
  };
}

async function runSweep(): Promise<number> {
  const { sweepExpiredShares } = await import('../storage/share-expiry');
  return sweepExpiredShares(new Date());
}
