import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { type BreathPattern, rhythmLabel } from '../../domain/breath-pattern';
import { useLoad } from '../../state/use-load';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useSubmit } from '../../ui/use-submit';
import { findPattern, LENGTH_CHOICES, minutesFromQuery } from './patterns';
import { beginPractice } from './practice-actions';
import './breathwork.css';

/** Props of StartPractice. */
export interface StartPracticeProps {
  patternId: string;
  minutes?: number;
}

/** A practice ready to start: what it is, where it comes from, how long, and one large Start button. */
export function StartPractice({ patternId, minutes }: StartPracticeProps) {
  const { route } = useLocation();
  // A pattern that cannot be read is treated as one that is not there.
  const found = useLoad(async () => (await findPattern(patternId)) ?? null, [patternId]);
  const pattern: BreathPattern | null | undefined = found.error ? null : found.value;
  const [length, setLength] = useState<number | undefined>(minutes);
  const { busy: starting, error, setError, run } = useSubmit('Could not start the practice.');

  if (pattern === undefined) return <Screen title="Breathe" />;
  if (pattern === null) {
    return (
      <Screen title="Pattern not found">
        <p>This breathing pattern could not be found. It may have been deleted.</p>
        <LinkButton href="/breathe">See all patterns</LinkButton>
      </Screen>
    );
  }

  const chosen = length ?? pattern.defaultMinutes;
  const choices = [...new Set([...LENGTH_CHOICES, chosen])].sort((a, b) => a - b);

  async function start() {
    if (!pattern) return;
    setError(null);
    await run(async () => {
      const record = await beginPractice(pattern, chosen);
      route(`/breathe/practice/${record.id}`);
    });
  }

  return (
    <Screen title={pattern.name} intro={pattern.summary}>
      <p>
        Rhythm in seconds: <strong>{rhythmLabel(pattern.phases)}</strong>
      </p>
      {pattern.phases.some((phase) => phase.kind === 'hold') ? (
        <p data-testid="dizzy-note">If you feel dizzy, stop and breathe normally.</p>
      ) : null}
      <label class="field">
        <span>Length</span>
        <select value={String(chosen)} onChange={(e) => setLength(Number(e.currentTarget.value))}>
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {m === 1 ? '1 minute' : `${m} minutes`}
            </option>
          ))}
        </select>
      </label>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <Button large onClick={start} disabled={starting}>
        Start
      </Button>
      {pattern.source ? (
        <p class="muted">
          Source: {pattern.source.citation}
          {pattern.source.url ? (
            <>
              {' '}
              <a href={pattern.source.url} rel="noreferrer" target="_blank">
                Read the study
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <p>
        <a href="/breathe">All patterns</a>
      </p>
    </Screen>
  );
}

/** The route /breathe/<pattern id>, optionally with ?minutes=<n>. */
export function StartScreen() {
  const { params, query } = useRoute();
  return <StartPractice patternId={params.patternId ?? ''} minutes={minutesFromQuery(query.minutes)} />;
}
