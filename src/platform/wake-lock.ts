// Keeps the screen on during a practice or a session. The browser drops a wake lock whenever the page is hidden,
// so we ask again each time it becomes visible, until the caller lets go.

/** True when this browser can keep the screen awake. */
export function wakeLockSupported(): boolean {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator && navigator.wakeLock !== undefined;
}

/** A screen wake lock being kept: let go of it, or ask again from a tap. */
export interface WakeHold {
  release(): void;
  /** Asks again at once. Call it from a tap: iOS refuses a wake lock asked for without one (after a return). */
  retry(): void;
}

/**
 * Keeps the screen awake until the returned function is called. `onChange` hears whether the lock is held (false
 * when the browser refuses or drops it, e.g. on low battery). Does nothing where the API is missing.
 */
export function keepAwake(onChange: (held: boolean) => void = () => {}): () => void {
  return holdScreenOn(onChange).release;
}

/**
 * Keeps the screen awake and asks again each time the page becomes visible; where that is refused (no tap yet),
 * `onChange(false)` tells the caller to offer a button that calls retry(). Does nothing where the API is missing.
 */
export function holdScreenOn(onChange: (held: boolean) => void = () => {}): WakeHold {
  if (!wakeLockSupported()) {
    onChange(false);
    return { release: () => {}, retry: () => {} };
  }
  let sentinel: WakeLockSentinel | null = null;
  let requesting = false;
  let done = false;

  async function acquire(): Promise<void> {
    if (done || requesting || sentinel || document.visibilityState !== 'visible') return;
    requesting = true;
    try {
      const lock = await navigator.wakeLock.request('screen');
      if (done) {
        await lock.release();
        return;
      }
      sentinel = lock;
      lock.addEventListener('release', () => {
        if (sentinel === lock) sentinel = null;
        if (!done) onChange(false);
      });
      onChange(true);
    } catch {
      // Refused (battery saver, not allowed in this frame): the practice goes on; the screen may dim.
      onChange(false);
    } finally {
      requesting = false;
    }
  }

  function onVisibility(): void {
    if (document.visibilityState === 'visible') void acquire();
  }

  document.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return {
    release() {
      done = true;
      document.removeEventListener('visibilitychange', onVisibility);
      const lock = sentinel;
      sentinel = null;
      if (lock) void lock.release().catch(() => {});
    },
    retry() {
      void acquire();
    },
  };
}
