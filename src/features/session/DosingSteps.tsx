import type { Prescription } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import { formatDuration } from '../../domain/session-clock';
import { recordStep } from '../../domain/session-lifecycle';
import {
  afterHoldWords,
  holdRemaining,
  type SessionStepKind,
  stepsFromPrescription,
  stepTime,
} from '../../domain/session-step';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { DoseRefused } from './DoseRefused';
import { clockTime } from './format-time';
import { PrescriptionFacts } from './PrescriptionFacts';
import { useDoseRecording } from './use-dose-recording';
import type { SessionRecordHandle } from './use-session-record';

/** Props of DosingSteps. */
export interface DosingStepsProps {
  prescription: Prescription;
  session: SessionRecord;
  now: Date;
  change: SessionRecordHandle['change'];
}

/**
 * The dosing steps exactly as prescribed, each recorded with its time. Nothing here suggests a dose or a booster:
 * the booster part appears only when the prescription includes one, and only records what the person took.
 */
export function DosingSteps({ prescription, session, now, change }: DosingStepsProps) {
  const { refusal, error, recordDose } = useDoseRecording(change);
  const record = (kind: SessionStepKind) => change((s) => recordStep(s, kind, new Date().toISOString()));
  const dosedAt = session.dosedAt;
  const afterHoldAt = stepTime(session.steps, 'after-hold');
  const boosterAt = stepTime(session.steps, 'booster');
  const planned = stepsFromPrescription(prescription);
  const hasHold = planned.some((step) => step.kind === 'after-hold');
  const hasBooster = planned.some((step) => step.kind === 'booster');
  const hold = prescription.holdMinutes ?? 0;
  const remaining = dosedAt && hasHold ? holdRemaining(dosedAt, hold, now) : 0;

  return (
    <section class="card" aria-labelledby="steps-title">
      <h2 id="steps-title">Your prescriber's instructions</h2>
      <PrescriptionFacts prescription={prescription} />
      {dosedAt ? (
        <p class="session-big-text">You took your dose at {clockTime(dosedAt)}.</p>
      ) : (
        <>
          <p>Record what you took, when you take it.</p>
          <Button large onClick={() => void recordDose('dose', session.dosedAt)}>
            I took my dose
          </Button>
        </>
      )}
      {dosedAt && hasHold ? (
        <div class="session-step">
          <h3>Hold in your mouth</h3>
          {remaining > 0 ? (
            <p class="session-big-text" data-testid="hold-timer">
              {formatDuration(remaining)} left of {hold} minutes
            </p>
          ) : afterHoldAt ? (
            <p>Done at {clockTime(afterHoldAt)}.</p>
          ) : (
            <>
              <p class="session-big-text">The {hold} minutes are over.</p>
              <p>{afterHoldWords(prescription)}</p>
              <Button onClick={() => record('after-hold')}>Done</Button>
            </>
          )}
        </div>
      ) : null}
      {dosedAt && hasBooster ? (
        <div class="session-step">
          <h3>Booster</h3>
          <p>
            Your prescriber's instructions above say when a booster is part of your session. Record it only if you took
            one.
          </p>
          {boosterAt ? (
            <p>You took the booster at {clockTime(boosterAt)}.</p>
          ) : (
            <Button variant="secondary" onClick={() => void recordDose('booster', session.dosedAt)}>
              Record that I took the booster
            </Button>
          )}
        </div>
      ) : null}
      {refusal ? <DoseRefused permission={refusal} /> : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
