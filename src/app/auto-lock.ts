// The app locks itself: after the chosen idle time without input, and after being hidden for a minute (checked with
// timestamps on return, because a background tab's timers may be frozen). Never while a session is under way.
// Critical path: App imports this; the lock's real work loads lazily through state/app-lock.
import { effect, signal } from '@preact/signals';
import { HIDDEN_LOCK_MS, lockIdleMinutes, lockNow, lockStatus } from '../state/app-lock';
import { sessionUnderWay } from '../state/session-under-way';

/** The time and timers the auto-lock uses: the real ones by default; tests fake them. */
export interface AutoLockClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: AutoLockClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Activity is noted at most this often: a scroll fires many events, and one timestamp a second is plenty. */
export const ACTIVITY_THROTTLE_MS = 1_000;

/** What an auto-lock needs: the two limits and what to do when one is reached. */
export interface AutoLockOptions {
  idleMs: number;
  hiddenMs: number;
  lock: () => void;
  clock?: AutoLockClock;
}

/** The auto-lock's inputs. After it has locked once it ignores everything; make a new one after unlocking. */
export interface AutoLock {
  /** Input from the person (cheap: it only notes the time). */
  activity(): void;
  hidden(): void;
  visible(): void;
  /** True while a session is under way: neither limit locks then; letting go starts both afresh. */
  hold(held: boolean): void;
  stop(): void;
}

/** Starts counting idle time now. Calls `lock` once, when a limit is reached. */
export function createAutoLock({ idleMs, hiddenMs, lock, clock = realClock }: AutoLockOptions): AutoLock {
  let lastActivity = clock.now();
  let hiddenAt: number | undefined;
  let held = false;
  let stopped = false;
  let idleTimer: unknown;
  let hiddenTimer: unknown;

  function stop() {
    stopped = true;
    clock.clearTimeout(idleTimer);
    clock.clearTimeout(hiddenTimer);
  }
  function fire() {
    stop();
    lock();
  }
  function armIdle(ms: number) {
    clock.clearTimeout(idleTimer);
    idleTimer = clock.setTimeout(checkIdle, ms);
  }
  function armHidden(ms: number) {
    clock.clearTimeout(hiddenTimer);
    hiddenTimer = clock.setTimeout(checkHidden, ms);
  }
  // Activity does not reset the timer (that would be work per event); the timer reads the last activity on waking.
  function checkIdle() {
    if (stopped || held) return;
    const left = lastActivity + idleMs - clock.now();
    if (left > 0) armIdle(left);
    else fire();
  }
  function checkHidden() {
    if (stopped || held || hiddenAt === undefined) return;
    const left = hiddenAt + hiddenMs - clock.now();
    if (left > 0) armHidden(left);
    else fire();
  }

  armIdle(idleMs);
  return {
    activity() {
      const now = clock.now();
      if (now - lastActivity >= ACTIVITY_THROTTLE_MS) lastActivity = now;
    },
    hidden() {
      if (stopped || hiddenAt !== undefined) return;
      hiddenAt = clock.now();
      if (!held) armHidden(hiddenMs);
    },
    visible() {
      if (stopped || hiddenAt === undefined) return;
      const away = clock.now() - hiddenAt;
      hiddenAt = undefined;
      clock.clearTimeout(hiddenTimer);
      if (held) return;
      if (away >= hiddenMs) fire();
      // An idle timer that slept in the background has its say now.
      else checkIdle();
    },
    hold(next) {
      if (stopped || next === held) return;
      held = next;
      if (held) {
        clock.clearTimeout(idleTimer);
        clock.clearTimeout(hiddenTimer);
        return;
      }
      lastActivity = clock.now();
      armIdle(idleMs);
      if (hiddenAt !== undefined) {
        hiddenAt = lastActivity;
        armHidden(hiddenMs);
      }
    },
    stop,
  };
}

/** The input that counts as someone using the app. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

/** Feeds an AutoLock from the page: input anywhere (passive, capturing, so inner scrolls count) and visibility. */
export function watchPage(autoLock: AutoLock, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const options = { capture: true, passive: true } as const;
  const onActivity = () => autoLock.activity();
  const onVisibility = () => (doc.visibilityState === 'hidden' ? autoLock.hidden() : autoLock.visible());
  const onPageHide = () => autoLock.hidden();
  const onPageShow = () => autoLock.visible();
  for (const type of ACTIVITY_EVENTS) doc.addEventListener(type, onActivity, options);
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  if (doc.visibilityState === 'hidden') autoLock.hidden();
  return () => {
    for (const type of ACTIVITY_EVENTS) doc.removeEventListener(type, onActivity, options);
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
  };
}

/** While this tab is unlocked, locks it after the chosen idle time or a minute hidden. Returns a stop function. */
export function startAutoLock(): () => void {
  // Bumped when a lock did not take (the engine keeps the key while a conversion runs): count again from then.
  const rearm = signal(0);
  return effect(() => {
    void rearm.value;
    if (lockStatus.value !== 'unlocked') return;
    const autoLock = createAutoLock({
      idleMs: lockIdleMinutes.value * 60_000,
      hiddenMs: HIDDEN_LOCK_MS,
      lock: () =>
        void lockNow()
          .catch(() => undefined)
          .then(() => {
            if (lockStatus.peek() === 'unlocked') rearm.value++;
          }),
    });
    const unwatch = watchPage(autoLock);
    const release = effect(() => autoLock.hold(sessionUnderWay.value));
    return () => {
      release();
      unwatch();
      autoLock.stop();
    };
  });
}
