import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SessionRecord } from '../../domain/session';
import { registerFlusher } from '../../state/app-update';
import { saveSession } from '../../storage/sessions-store';
import { StorageError } from '../../storage/storage-error';

const NOT_SAVED = 'That was not saved. Your session is still open; please try again.';

/** What a session screen gets: the record, a way to change and save it, and the last save problem. */
export interface SessionRecordHandle {
  session: SessionRecord;
  /** Applies a change and saves it at once; resolves true when it is stored. */
  change(update: (session: SessionRecord) => SessionRecord): Promise<boolean>;
  error: string | null;
}

/**
 * Holds a session record and saves every change as it happens, one write after another, so a reload or crash at any
 * moment finds the record as the person last saw it. A failed save keeps the screen as it was and says so.
 */
export function useSessionRecord(initial: SessionRecord): SessionRecordHandle {
  const [session, setSession] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    latest.current = initial;
    setSession(initial);
  }, [initial]);

  // An update or another tab taking over waits until the writes already under way have landed.
  useEffect(() => registerFlusher(() => queue.current.then(() => undefined)), []);

  const change = useCallback((update: (session: SessionRecord) => SessionRecord): Promise<boolean> => {
    const write = queue.current.then(async () => {
      const next = update(latest.current);
      if (next === latest.current) return true;
      try {
        await saveSession(next);
        latest.current = next;
        setSession(next);
        setError(null);
        return true;
      } catch (caught) {
        // Storage errors carry plain words; anything else (a record that failed its schema) gets ours.
        setError(caught instanceof StorageError ? caught.message : NOT_SAVED);
        return false;
      }
    });
    queue.current = write;
    return write;
  }, []);

  return { session, change, error };
}
