import { useCallback, useEffect, useState } from 'preact/hooks';

/** What a screen knows about something it loads: the value, or the words for what went wrong. */
export interface Loaded<T> {
  value: T | undefined;
  error: string | null;
  reload: () => void;
}

/** Loads a value when the screen opens (and on reload); a failure becomes a plain message, never a crash. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    load().then(
      (result) => {
        if (live) setValue(result);
      },
      (caught: unknown) => {
        if (live) setError(caught instanceof Error ? caught.message : 'Something could not be read.');
      },
    );
    return () => {
      live = false;
    };
  }, [round, ...deps]);
  return { value, error, reload };
}
