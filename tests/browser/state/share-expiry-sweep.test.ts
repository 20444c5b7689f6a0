import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockStatus } from '../../../src/state/app-lock-machine';
import { SWEEP_DELAY_MS, scheduleExpirySweep } from '../../../src/state/share-expiry-sweep';

describe('the expiry sweep at start-up', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());
  // The lock's status as the sweep sees it, played here by a signal of the test's own.
  const lockStatus = signal<LockStatus>('off');

  it('waits for the first paint and a pause after it, then runs once', () => {
    lockStatus.value = 'off';
    const sweep = vi.fn(() => Promise.resolve());
    const stop = scheduleExpirySweep(sweep, lockStatus);
    expect(sweep).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(SWEEP_DELAY_MS - 1);
    expect(sweep).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(sweep).toHaveBeenCalledTimes(1);
    lockStatus.value = 'locked';
    lockStatus.value = 'unlocked';
    expect(sweep).toHaveBeenCalledTimes(1);
    stop();
  });

  it('while locked, waits for the unlock (the data cannot be read before)', () => {
    lockStatus.value = 'locked';
    const sweep = vi.fn(() => Promise.resolve());
    const stop = scheduleExpirySweep(sweep, lockStatus);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(SWEEP_DELAY_MS);
    expect(sweep).not.toHaveBeenCalled();
    lockStatus.value = 'unlocked';
    expect(sweep).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not run when cancelled before its time', () => {
    const sweep = vi.fn(() => Promise.resolve());
    scheduleExpirySweep(sweep, lockStatus)();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(SWEEP_DELAY_MS);
    expect(sweep).not.toHaveBeenCalled();
  });
});
