import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ScaleDefinition } from '../../domain/scale';
import type { ScaleResult } from '../../domain/scale-result';
import {
  attentionFor,
  firstMissingItem,
  progressOf,
  type ScaleAnswers,
  scoreAnswers,
} from '../../domain/scale-scoring';
import type { SessionRecord } from '../../domain/session';
import { saveScaleResult } from '../../storage/scale-results-store';
import { listSessions } from '../../storage/sessions-store';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { AttentionNotice } from './AttentionNotice';
import { ScaleItemField } from './ScaleItemField';
import { longDate } from './use-scale-results';

const MISSING_ID = 'scale-missing';

/** The date a session is known by: when it was dosed, else planned, else created. */
function sessionDate(session: SessionRecord): string {
  return session.dosedAt ?? session.scheduledFor ?? session.createdAt;
}

/** The whole questionnaire on one page: a fieldset per item, progress, the item-9 notice, and save. */
export function ScaleForm({ scale }: { scale: ScaleDefinition }) {
  const { route } = useLocation();
  const [answers, setAnswers] = useState<ScaleAnswers>({});
  const [missingId, setMissingId] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [session, setSession] = useState<SessionRecord | undefined>(undefined);
  const [linkSession, setLinkSession] = useState(false);

  useEffect(() => {
    // Offering a link is a nicety: if sessions cannot be read, the form works without it.
    listSessions()
      .then((sessions) => setSession(sessions.find((s) => s.status !== 'cancelled')))
      .catch(() => setSession(undefined));
  }, []);

  const attention = attentionFor(scale, answers);
  const progress = progressOf(scale, answers);
  const numbered = scale.items.filter((item) => !item.optional);
  const missingItem = missingId ? scale.items.find((item) => item.id === missingId) : undefined;

  function answer(itemId: string, value: number) {
    setAnswers((current) => ({ ...current, [itemId]: value }));
    if (missingId === itemId) setMissingId(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const missing = firstMissingItem(scale, answers);
    if (missing) {
      setMissingId(missing.id);
      document.querySelector<HTMLInputElement>(`#item-${missing.id} input`)?.focus();
      return;
    }
    const score = scoreAnswers(scale, answers);
    const result: ScaleResult = {
      id: crypto.randomUUID(),
      scaleId: scale.id,
      completedAt: new Date().toISOString(),
      answers: { ...answers },
      total: score.total,
      band: score.band.label,
      needsAttention: score.needsAttention,
      ...(score.attentionReason ? { attentionReason: score.attentionReason } : {}),
      ...(linkSession && session ? { sessionId: session.id } : {}),
    };
    setSaving(true);
    setSaveError(null);
    try {
      await saveScaleResult(result);
      route(`/scales/result/${result.id}`);
    } catch (caught) {
      setSaveError(caught instanceof Error ? caught.message : 'Your answers were not saved. They are still here.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{scale.instructions}</p>
      <div class="scale-progress">
        <label for="scale-progress">
          Answered {progress.answered} of {progress.required}
        </label>
        <progress id="scale-progress" max={progress.required} value={progress.answered} />
      </div>
      {scale.items.map((item) => {
        const index = numbered.indexOf(item);
        const position = index >= 0 ? `Question ${index + 1} of ${numbered.length}` : 'Last question, not scored';
        const tripped = scale.attention.some((rule) => rule.itemId === item.id) && attention !== undefined;
        return (
          <div key={item.id}>
            <ScaleItemField
              scale={scale}
              item={item}
              position={position}
              value={answers[item.id]}
              errorId={missingId === item.id ? MISSING_ID : undefined}
              onChange={(value) => answer(item.id, value)}
            />
            {tripped ? <AttentionNotice /> : null}
          </div>
        );
      })}
      {session ? (
        <label class="choice">
          <input type="checkbox" checked={linkSession} onChange={() => setLinkSession(!linkSession)} />
          Link this to my session of {longDate(sessionDate(session))}
        </label>
      ) : null}
      {missingItem ? (
        <p id={MISSING_ID} class="field__error" role="alert">
          Please answer question {numbered.indexOf(missingItem) + 1} before saving:{' '}
          <a href={`#item-${missingItem.id}`}>{missingItem.text}</a>
        </p>
      ) : null}
      {saveError ? <Notice tone="danger">{saveError}</Notice> : null}
      <Button type="submit" large disabled={saving}>
        {saving ? 'Saving…' : 'Save my answers'}
      </Button>
    </form>
  );
}
