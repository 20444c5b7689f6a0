import { useState } from 'preact/hooks';
import type { SessionRecord } from '../../domain/session';
import {
  DEFAULT_LATER_INTERVAL_MINUTES,
  dueCheckIn,
  nextCheckInMark,
  type SitterCheckIn,
} from '../../domain/session-check-in';
import { minutesSinceDose } from '../../domain/session-clock';
import { logCheckIn } from '../../domain/session-lifecycle';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { OBSERVATIONS, type Observations } from './observations';
import type { SessionRecordHandle } from './use-session-record';

/** Props of CheckInPrompt. */
export interface CheckInPromptProps {
  session: SessionRecord;
  now: Date;
  change: SessionRecordHandle['change'];
}

/** The sitter check-in due now (one tap per observation), or when the next one is. */
export function CheckInPrompt({ session, now, change }: CheckInPromptProps) {
  const dosedAt = session.dosedAt ?? '';
  const later = session.checkInLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES;
  const minutes = minutesSinceDose(dosedAt, now);
  const due = dueCheckIn(minutes, later, session.checkIns ?? []);
  const next = nextCheckInMark(minutes, later);
  return (
    <>
      {/* Always present, so screen readers announce the moment a check-in falls due. */}
      <p class="visually-hidden" aria-live="polite">
        {due === null ? '' : `Sitter check-in due: ${due} minutes after the dose.`}
      </p>
      {due === null ? (
        <p class="card">
          Next sitter check-in at {next} minutes (in {Math.max(1, next - minutes)} min).
        </p>
      ) : (
        <DueCheckIn key={due} dueMinute={due} change={change} />
      )}
    </>
  );
}

function DueCheckIn({ dueMinute, change }: { dueMinute: number; change: SessionRecordHandle['change'] }) {
  const [seen, setSeen] = useState<Observations>({});
  const worrying = seen.breathingNormal === 'no' || (seen.nausea === 'vomiting' && seen.awake === 'asleep');

  async function save(event: Event) {
    event.preventDefault();
    const entry: SitterCheckIn = { dueMinute, at: new Date().toISOString() };
    if (seen.awake) entry.awake = seen.awake;
    if (seen.breathingNormal) entry.breathingNormal = seen.breathingNormal === 'yes';
    if (seen.nausea) entry.nausea = seen.nausea;
    if (seen.position) entry.position = seen.position;
    await change((s) => logCheckIn(s, entry));
  }

  return (
    <form class="card" aria-labelledby="check-in-title" onSubmit={save}>
      <h2 id="check-in-title">Sitter check-in: {dueMinute} minutes</h2>
      <p>For the sitter: one tap for each.</p>
      {OBSERVATIONS.map((group) => (
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
        Save check-in
      </Button>
    </form>
  );
}
