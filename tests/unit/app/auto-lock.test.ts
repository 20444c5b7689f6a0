import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutoLock, createAutoLock } from '../../../src/app/auto-lock';

const MINUTE = 60_000;
const IDLE_MS = 5 * MINUTE;
const HIDDEN_MS = MINUTE;

/** An auto-lock on fake timers (the default clock reads Date.now and setTimeout, which Vitest fakes). */
function startAutoLock(): { autoLock: AutoLock; lock: ReturnType<typeof vi.fn> } {
  const lock = vi.fn();
  return { autoLock: createAutoLock({ idleMs: IDLE_MS, hiddenMs: HIDDEN_MS, lock }), lock };
}

describe('the app locking itself', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 22, 21, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('locks once the idle time has passed with no input, and only once', () => {
    const { lock } = startAutoLock();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_MS * 3);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('counts the idle time from the last input', () => {
    const { autoLock, lock } = startAutoLock();
    vi.advanceTimersByTime(4 * MINUTE);
    autoLock.activity();
    vi.advanceTimersByTime(4 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('treats a burst of input (a scroll) as one moment of use', () => {
    const { autoLock, lock } = startAutoLock();
    vi.advanceTimersByTime(MINUTE);
    for (let i = 0; i < 500; i++) autoLock.activity();
    vi.advanceTimersByTime(IDLE_MS);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks a minute after the page is hidden when timers keep running', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.hidden();
    vi.advanceTimersByTime(HIDDEN_MS - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks on return when the page was hidden a minute or more while its timers were frozen', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.hidden();
    // The clock moves on; no timer runs (a frozen background tab).
    vi.setSystemTime(Date.now() + HIDDEN_MS + 5_000);
    expect(lock).not.toHaveBeenCalled();
    autoLock.visible();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does not lock after a short look at another app', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.hidden();
    vi.advanceTimersByTime(HIDDEN_MS - 10_000);
    autoLock.visible();
    vi.advanceTimersByTime(HIDDEN_MS);
    expect(lock).not.toHaveBeenCalled();
  });

  it('locks on return when the idle time ran out in the background, even if hidden for less than a minute', () => {
    const { autoLock, lock } = startAutoLock();
    vi.setSystemTime(Date.now() + IDLE_MS - 20_000);
    autoLock.hidden();
    vi.setSystemTime(Date.now() + 30_000);
    autoLock.visible();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('never locks while a session is under way, idle or hidden', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.hold(true);
    vi.advanceTimersByTime(60 * MINUTE);
    autoLock.hidden();
    vi.advanceTimersByTime(10 * MINUTE);
    autoLock.visible();
    vi.advanceTimersByTime(30 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
  });

  it('gives the full idle time again when the session ends', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.hold(true);
    vi.advanceTimersByTime(90 * MINUTE);
    autoLock.hold(false);
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped (the tab was locked or the lock turned off)', () => {
    const { autoLock, lock } = startAutoLock();
    autoLock.stop();
    autoLock.hidden();
    vi.advanceTimersByTime(IDLE_MS * 2);
    autoLock.visible();
    expect(lock).not.toHaveBeenCalled();
  });
});
