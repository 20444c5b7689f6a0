import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { findScale } from '../../content/scales';
import { maxTotal, optionsFor } from '../../domain/scale';
import type { ScaleResult } from '../../domain/scale-result';
import { bandFor } from '../../domain/scale-scoring';
import { loadScaleResult } from '../../storage/scale-results-store';
import { loadSession } from '../../storage/sessions-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { AttentionNotice } from './AttentionNotice';
import { longDate } from './use-scale-results';
import './scales.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready'; result: ScaleResult };

/** /scales/result/:id — one result: total, band in plain words, what it does not mean, and the answers given. */
export function ResultScreen() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    loadScaleResult(id)
      .then((result) => setLoaded(result ? { state: 'ready', result } : { state: 'missing' }))
      .catch((caught: unknown) =>
        setLoaded({
          state: 'error',
          message: caught instanceof Error ? caught.message : 'This result could not be read.',
        }),
      );
  }, [id]);

  const sessionId = loaded.state === 'ready' ? loaded.result.sessionId : undefined;
  const [sessionDate, setSessionDate] = useState<string | null>(null);
  useEffect(() => {
    if (!sessionId) return;
    // The link is a courtesy: a session that cannot be read simply is not mentioned.
    loadSession(sessionId)
      .then((session) =>
        setSessionDate(session ? (session.dosedAt ?? session.scheduledFor ?? session.createdAt) : null),
      )
      .catch(() => setSessionDate(null));
  }, [sessionId]);

  const scale = loaded.state === 'ready' ? findScale(loaded.result.scaleId) : undefined;
  if (loaded.state === 'loading') return <Screen title="Your result" />;
  if (loaded.state !== 'ready' || !scale) {
    return (
      <Screen title="Result not found">
        <Notice tone="caution">
          {loaded.state === 'error' ? loaded.message : 'There is no saved result at this address.'}
        </Notice>
        <LinkButton href="/scales">Back to the scales</LinkButton>
      </Screen>
    );
  }
  const { result } = loaded;
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
