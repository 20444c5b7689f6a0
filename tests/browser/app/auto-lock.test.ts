// The auto-lock wired to the page and the lock's signals (the timing rules themselves are in tests/unit/app).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../../src/app/auto-lock';
import { lockStatus } from '../../../src/state/app-lock';
import { dispatchLock } from '../../../src/state/app-lock-machine';
import { sessionUnderWay } from '../../../src/state/session-under-way';
import { putLockIn } from '../../fixtures/lock-state';

const engine = vi.hoisted(() => ({
  loadLockState: vi.fn(async () => undefined),
  unlock: vi.fn(),
  forgetKey: vi.fn(),
  turnLockOn: vi.fn(),
  turnLockOff: vi.fn(),
  changePassphrase: vi.fn(),
  setIdleMinutes: vi.fn(),
  retryWaitMs: vi.fn(() => 0),
}));
vi.mock('../../../src/state/app-lock-engine', () => engine);

const MINUTE = 60_000;

describe('the auto-lock in the page', () => {
  let stop = () => {};
  beforeEach(async () => {
    await putLockIn('unlocked', { idleMinutes: 1 });
    vi.useFakeTimers();
    sessionUnderWay.value = false;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.clearAllMocks();
  });

  it('locks after the chosen idle time', async () => {
    stop = startAutoLock();
    vi.advanceTimersByTime(MINUTE);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('counts a tap as use', async () => {
    stop = startAutoLock();
    vi.advanceTimersByTime(50_000);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    vi.advanceTimersByTime(20_000);
    await Promise.resolve();
    expect(lockStatus.value).toBe('unlocked');
    vi.advanceTimersByTime(40_000);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('does not lock while a session is under way, and counts afresh when it ends', async () => {
    stop = startAutoLock();
    sessionUnderWay.value = true;
    vi.advanceTimersByTime(30 * MINUTE);
    await Promise.resolve();
    expect(lockStatus.value).toBe('unlocked');
    sessionUnderWay.value = false;
    vi.advanceTimersByTime(MINUTE - 1_000);
    await Promise.resolve();
    expect(lockStatus.value).toBe('unlocked');
    vi.advanceTimersByTime(1_000);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('tries again after another idle time when a lock did not take (a conversion was running)', async () => {
    dispatchLock({ type: 'progress', conversion: { direction: 'on', done: 1, total: 9 } });
    const tries: string[] = [];
    const watch = lockStatus.subscribe((status) => tries.push(status));
    stop = startAutoLock();
    vi.advanceTimersByTime(MINUTE);
    await vi.waitFor(() => expect(lockStatus.value).toBe('unlocked'));
    dispatchLock({ type: 'progress', conversion: null });
    vi.advanceTimersByTime(MINUTE);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
    watch();
    expect(tries).toEqual(['unlocked', 'locked']);
  });

  it('does nothing while the lock is off', async () => {
    vi.useRealTimers();
    await putLockIn('off');
    vi.useFakeTimers();
    stop = startAutoLock();
    vi.advanceTimersByTime(10 * MINUTE);
    await Promise.resolve();
    expect(lockStatus.value).toBe('off');
  });
});
