import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod/mini';
import { messageOf } from '../../lib/error-message';
import { discardDraft, loadDraft, saveDraft } from '../../storage/drafts-store';
import { type CheckInDraft, CheckInDraftSchema } from './check-in-draft';

// The check-in in progress is kept as a draft, so leaving for guided breathing during the re-check (or a reload)
// does not lose the answers. Its text stays empty, so the home screen's "unfinished writing" card ignores it.
const DRAFT_ID = 'check-in';
/** After this long, answers are too old for a session-day decision: start again. */
const STALE_MS = 12 * 3_600_000;
const ProgressSchema = z.object({ draft: CheckInDraftSchema, step: z.number().check(z.int(), z.minimum(0)) });

/** Where the person is in the check-in. Step 0 is the introduction. */
export interface CheckInProgress {
  draft: CheckInDraft;
  step: number;
}

/** The check-in in progress, restored from storage and saved on every step. */
export function useCheckInProgress() {
  const [progress, setProgressState] = useState<CheckInProgress>({ draft: {}, step: 0 });
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    loadDraft(DRAFT_ID)
      .then((stored) => {
        if (!stored || Date.now() - new Date(stored.updatedAt).getTime() > STALE_MS) return;
        let json: unknown;
        try {
          json = JSON.parse(stored.fields.progress ?? '');
        } catch {
          return;
        }
        const parsed = ProgressSchema.safeParse(json);
        if (parsed.success) setProgressState(parsed.data);
      })
      .catch(() => {
        // Nothing to restore when storage cannot be read; the check-in starts fresh.
      })
      .finally(() => setLoaded(true));
  }, []);

  function setProgress(next: CheckInProgress): void {
    setProgressState(next);
    saveDraft({
      id: DRAFT_ID,
      text: '',
      fields: { progress: JSON.stringify(next) },
      updatedAt: new Date().toISOString(),
    })
      .then(() => setSaveError(null))
      .catch((caught: unknown) => setSaveError(messageOf(caught, 'Your answers so far could not be kept.')));
  }

  async function clear(): Promise<void> {
    setProgressState({ draft: {}, step: 0 });
    await discardDraft(DRAFT_ID).catch(() => undefined);
  }

  return { progress, loaded, saveError, setProgress, clear };
}
