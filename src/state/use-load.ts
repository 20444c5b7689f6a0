// The one loader every screen uses for "read something when I open": value, error in plain words, reload.
// It lives in state/ (not in a feature) so that every feature can use it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../lib/error-message';

/** What a screen knows about something it loads: the value, or the words for what went wrong. */
export interface Loaded<T> {
  value: T | undefined;
  error: string | null;
  /** Reads again; the value shown so far stays until the new one arrives, so a list does not flash empty. */
  reload: () => void;
  /** Puts a value the screen already knows (say, what it just saved) in place of the loaded one, without a read. */
  set: (value: T) => void;
}

/**
 * Loads a value when the screen opens (again when `deps` change, and on reload); a failure becomes a plain message
 * (the error's own words, or `fallback`), never a crash. When `deps` change a different thing is being read, so the
 * old value and error are dropped at once; on reload they stay until the new result (a success clears the error).
 * A result that arrives after the screen closed, or after a newer read began, is dropped.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[] = [],
  fallback = 'Something could not be read.',
): Loaded<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const lastRound = useRef<number | null>(null);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((next: T) => {
    setValue(() => next);
    setError(null);
  }, []);
  useEffect(() => {
    // Same round as the last read means only `deps` changed: what was shown belongs to something else.
    if (lastRound.current === round) {
      setValue(undefined);
      setError(null);
    }
    lastRound.current = round;
    let live = true;
    load().then(
      (result) => {
        if (!live) return;
        setValue(() => result);
        setError(null);
      },
      (caught: unknown) => {
        if (live) setError(messageOf(caught, fallback));
      },
    );
    return () => {
      live = false;
    };
  }, [round, ...deps]);
  return { value, error, reload, set };
}
