// The auto-lock wired to the page and the lock's signals (the timing rules themselves are in tests/unit/app).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../../src/app/auto-lock';
import { lockConversion, lockIdleMinutes, lockStatus } from '../../../src/state/app-lock';
import { sessionUnderWay } from '../../../src/state/session-under-way';

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
  beforeEach(() => {
    vi.useFakeTimers();
    lockConversion.value = null;
    lockIdleMinutes.value = 1;
    sessionUnderWay.value = false;
    engine.forgetKey.mockImplementation(() => {
      lockStatus.value = 'locked';
    });
    lockStatus.value = 'unlocked';
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
    expect(engine.forgetKey).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40_000);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('does not lock while a session is under way, and counts afresh when it ends', async () => {
    stop = startAutoLock();
    sessionUnderWay.value = true;
    vi.advanceTimersByTime(30 * MINUTE);
    await Promise.resolve();
    expect(engine.forgetKey).not.toHaveBeenCalled();
    sessionUnderWay.value = false;
    vi.advanceTimersByTime(MINUTE - 1_000);
    await Promise.resolve();
    expect(engine.forgetKey).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('tries again after another idle time when a lock did not take (a conversion was running)', async () => {
    engine.forgetKey.mockImplementationOnce(() => undefined);
    stop = startAutoLock();
    vi.advanceTimersByTime(MINUTE);
    await vi.waitFor(() => expect(engine.forgetKey).toHaveBeenCalledTimes(1));
    expect(lockStatus.value).toBe('unlocked');
    vi.advanceTimersByTime(MINUTE);
    await vi.waitFor(() => expect(lockStatus.value).toBe('locked'));
  });

  it('does nothing while the lock is off', async () => {
    lockStatus.value = 'off';
    stop = startAutoLock();
    vi.advanceTimersByTime(10 * MINUTE);
    await Promise.resolve();
    expect(engine.forgetKey).not.toHaveBeenCalled();
  });
});
