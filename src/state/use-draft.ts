import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../domain/draft';
import { messageOf } from '../lib/error-message';
import { discardDraft, loadDraft, saveDraft } from '../storage/drafts-store';
import { registerFlusher } from './app-update';

/** How long after the last keystroke a draft is written (the journal promises within half a second). */
export const DRAFT_SAVE_DELAY_MS = 300;

/** The longest typed text may wait unsaved while the person keeps typing, so a crash loses at most about this much. */
export const DRAFT_MAX_WAIT_MS = 1000;

/** What useDraft gives a form. */
export interface DraftHandle {
  /** The text and fields as typed (the source of truth on screen, even when saving fails). */
  text: string;
  fields: Record<string, string>;
  /** True once any stored draft has been read back. */
  loaded: boolean;
  /** The last save error in plain words, or null; the typed text stays on screen either way. */
  error: string | null;
  setText(text: string): void;
  setField(name: string, value: string): void;
  /** Writes now (before leaving, before an update). */
  flush(): Promise<void>;
  /** Forgets the draft once the real record has been saved. */
  discard(): Promise<void>;
}

/** Keeps a form's unsaved text in storage as the person types, and restores it when they come back. */
export function useDraft(id: string): DraftHandle {
  const [text, setTextState] = useState('');
  const [fields, setFieldsState] = useState<Record<string, string>>({});
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<{ text: string; fields: Record<string, string>; dirty: boolean }>({
    text: '',
    fields: {},
    dirty: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Started by the first unsaved keystroke and never pushed back by later ones: steady typing never pauses long
  // enough for the short delay alone, and a crash then lost everything typed.
  const maxTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    clearTimeout(maxTimer.current);
    maxTimer.current = undefined;
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    const draft: Draft = {
      id,
      text: latest.current.text,
      fields: latest.current.fields,
      updatedAt: new Date().toISOString(),
    };
    try {
      await saveDraft(draft);
      setError(null);
    } catch (caught) {
      latest.current.dirty = true;
      setError(messageOf(caught, 'Could not save your draft.'));
    }
  }, [id]);

  const schedule = useCallback(() => {
    latest.current.dirty = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS);
    if (maxTimer.current === undefined) maxTimer.current = setTimeout(() => void flush(), DRAFT_MAX_WAIT_MS);
  }, [flush]);

  useEffect(() => {
    let cancelled = false;
    setLoaded(false);
    loadDraft(id)
      .then((draft) => {
        if (cancelled || !draft || latest.current.dirty) return;
        latest.current = { text: draft.text, fields: draft.fields, dirty: false };
        setTextState(draft.text);
        setFieldsState(draft.fields);
      })
      .catch((caught: unknown) => setError(messageOf(caught, 'Could not read your draft.')))
      .finally(() => !cancelled && setLoaded(true));
    const unregister = registerFlusher(flush);
    const onPageHide = () => void flush();
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelled = true;
      unregister();
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [id, flush]);

  return {
    text,
    fields,
    loaded,
    error,
    setText(next) {
      latest.current.text = next;
      setTextState(next);
      schedule();
    },
    setField(name, value) {
      latest.current.fields = { ...latest.current.fields, [name]: value };
      setFieldsState(latest.current.fields);
      schedule();
    },
    flush,
    async discard() {
      clearTimeout(timer.current);
      clearTimeout(maxTimer.current);
      maxTimer.current = undefined;
      latest.current = { text: '', fields: {}, dirty: false };
      setTextState('');
      setFieldsState({});
      await discardDraft(id);
    },
  };
}
