import { useRoute } from 'preact-iso';
import { findScale } from '../../content/scales';
import { maxTotal, optionsFor } from '../../domain/scale';
import type { ScaleResult } from '../../domain/scale-result';
import { bandFor } from '../../domain/scale-scoring';
import { useLoad } from '../../state/use-load';
import { loadScaleResult } from '../../storage/scale-results-store';
import { loadSession } from '../../storage/sessions-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { AttentionNotice } from './AttentionNotice';
import { longDate } from './use-scale-results';
import './scales.css';

/** /scales/result/:id — one result: total, band in plain words, what it does not mean, and the answers given. */
export function ResultScreen() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const loaded = useLoad(async () => (await loadScaleResult(id)) ?? null, [id], 'This result could not be read.');
  const found: ScaleResult | null | undefined = loaded.value;

  // The link is a courtesy: a session that cannot be read simply is not mentioned.
  const sessionId = found?.sessionId;
  const linked = useLoad(async () => (sessionId ? ((await loadSession(sessionId)) ?? null) : null), [sessionId]);
  const sessionDate = linked.value
    ? (linked.value.dosedAt ?? linked.value.scheduledFor ?? linked.value.createdAt)
    : null;

  const scale = found ? findScale(found.scaleId) : undefined;
  if (found === undefined && !loaded.error) return <Screen title="Your result" />;
  if (!found || !scale) {
    return (
      <Screen title="Result not found">
        <Notice tone="caution">{loaded.error ?? 'There is no saved result at this address.'}</Notice>
        <LinkButton href="/scales">Back to the scales</LinkButton>
      </Screen>
    );
  }
  const result = found;
  const band = bandFor(scale, result.total);
  return (
    <Screen title={`Your ${scale.name} result`} intro={`Taken ${longDate(result.completedAt)}`}>
      {result.needsAttention ? <AttentionNotice /> : null}
      <section class="card" aria-labelledby="score-title">
        <h2 id="score-title">Your score</h2>
        <p class="scale-total">
          {result.total} out of {maxTotal(scale)}: {result.band}
        </p>
        <p>{band.meaning}</p>
        <p class="muted">{scale.caution}</p>
        {sessionDate ? <p>Linked to your session of {longDate(sessionDate)}.</p> : null}
      </section>
      <div class="btn-row">
        <LinkButton href="/scales">See your scores over time</LinkButton>
      </div>
      <h2>Your answers</h2>
      <dl class="scale-answers">
        {scale.items
          .filter((item) => result.answers[item.id] !== undefined)
          .map((item) => (
            <div key={item.id}>
              <dt>{item.text}</dt>
              <dd>{optionsFor(scale, item).find((o) => o.value === result.answers[item.id])?.label ?? '—'}</dd>
            </div>
          ))}
      </dl>
      <p class="muted">Source: {scale.source.citation}</p>
    </Screen>
  );
}
