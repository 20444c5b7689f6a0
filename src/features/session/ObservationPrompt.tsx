import { useState } from 'preact/hooks';
import type { SessionRecord } from '../../domain/session';
import { minutesSinceDose } from '../../domain/session-clock';
import { logObservation } from '../../domain/session-lifecycle';
import {
  DEFAULT_LATER_INTERVAL_MINUTES,
  dueObservation,
  nextObservationMark,
  type SitterObservation,
} from '../../domain/session-observation';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { OBSERVATION_QUESTIONS, type ObservationAnswers } from './observation-questions';
import type { SessionRecordHandle } from './use-session-record';

/** Props of ObservationPrompt. */
export interface ObservationPromptProps {
  session: SessionRecord;
  now: Date;
  change: SessionRecordHandle['change'];
}

/** The sitter observation due now (one tap per question), or when the next one is. */
export function ObservationPrompt({ session, now, change }: ObservationPromptProps) {
  const dosedAt = session.dosedAt ?? '';
  const later = session.observationLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES;
  const minutes = minutesSinceDose(dosedAt, now);
  const due = dueObservation(minutes, later, session.observations ?? []);
  const next = nextObservationMark(minutes, later);
  return (
    <>
      {/* Always present, so screen readers announce the moment an observation falls due. */}
      <p class="visually-hidden" aria-live="polite">
        {due === null ? '' : `Sitter observation due: ${due} minutes after the dose.`}
      </p>
      {due === null ? (
        <p class="card">
          Next sitter observation at {next} minutes (in {Math.max(1, next - minutes)} min).
        </p>
      ) : (
        <DueObservation key={due} dueMinute={due} change={change} />
      )}
    </>
  );
}

function DueObservation({ dueMinute, change }: { dueMinute: number; change: SessionRecordHandle['change'] }) {
  const [seen, setSeen] = useState<ObservationAnswers>({});
  const worrying = seen.breathingNormal === 'no' || (seen.nausea === 'vomiting' && seen.awake === 'asleep');

  async function save(event: Event) {
    event.preventDefault();
    const entry: SitterObservation = { dueMinute, at: new Date().toISOString() };
    if (seen.awake) entry.awake = seen.awake;
    if (seen.breathingNormal) entry.breathingNormal = seen.breathingNormal === 'yes';
    if (seen.nausea) entry.nausea = seen.nausea;
    if (seen.position) entry.position = seen.position;
    await change((s) => logObservation(s, entry));
  }

  return (
    <form class="card" aria-labelledby="observation-title" onSubmit={save}>
      <h2 id="observation-title">Sitter observation: {dueMinute} minutes</h2>
      <p>For the sitter: one tap for each.</p>
      {OBSERVATION_QUESTIONS.map((group) => (
        <fieldset key={group.name}>
          <legend>{group.legend}</legend>
          <div class="tile-group">
            {group.options.map((option) => (
              <label class="tile" key={option.value}>
                <input
                  type="radio"
                  name={`${group.name}-${dueMinute}`}
                  checked={seen[group.name] === option.value}
                  onChange={() => setSeen({ ...seen, [group.name]: option.value })}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {worrying ? (
        <Notice tone="danger">
          Trouble breathing, or vomiting while not fully awake: call emergency services now.{' '}
          <a href="/emergency">Get help now</a>
        </Notice>
      ) : null}
      <Button type="submit" large>
        Save observation
      </Button>
    </form>
  );
}
