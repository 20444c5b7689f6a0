// One submit hook for forms and action buttons: busy while the action runs, its failure in plain words.
import { useCallback, useState } from 'preact/hooks';
import { messageOf } from '../lib/error-message';

/** A form's submit state: whether its action is running, what went wrong, and the runner. */
export interface Submit {
  busy: boolean;
  error: string | null;
  setError: (error: string | null) => void;
  /** Runs the action (busy meanwhile); true when it succeeded (the error is then cleared), false when it threw. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}

/** Tracks one action at a time for a form; `fallback` is shown for a failure that has no words of its own. */
export function useSubmit(fallback: string): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await action();
        setError(null);
        return true;
      } catch (caught) {
        setError(messageOf(caught, fallback));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fallback],
  );
  return { busy, error, setError, run };
}
