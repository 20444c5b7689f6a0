import { useState } from 'preact/hooks';
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
import { useLoad } from '../../state/use-load';
import { saveScaleResult } from '../../storage/scale-results-store';
import { listSessions } from '../../storage/sessions-store';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useSubmit } from '../../ui/use-submit';
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
  const save = useSubmit('Your answers were not saved. They are still here.');
  const [linkSession, setLinkSession] = useState(false);
  // Offering a link is a nicety: if sessions cannot be read, the form works without it.
  const session = useLoad(async () => (await listSessions()).find((s) => s.status !== 'cancelled')).value;

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
    save.setError(null);
    if (await save.run(() => saveScaleResult(result))) route(`/scales/result/${result.id}`);
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
      {save.error ? <Notice tone="danger">{save.error}</Notice> : null}
      <Button type="submit" large disabled={save.busy}>
        {save.busy ? 'Saving…' : 'Save my answers'}
      </Button>
    </form>
  );
}
