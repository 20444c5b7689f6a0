import { useState } from 'preact/hooks';
import type { CarePlan } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import { isStartReasonGiven, type SessionStart, startSession } from '../../domain/session-lifecycle';
import { nextPlannedSession, saveSession } from '../../storage/sessions-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { newId } from './format-time';
import { PrescriptionFacts } from './PrescriptionFacts';

/** Props of StartSession. */
export interface StartSessionProps {
  readinessId: string | undefined;
  carePlan: CarePlan;
  onStarted(session: SessionRecord): void;
}

/** Starts a session: from the readiness check-in it was linked from, or without one and a short reason why. */
export function StartSession({ readinessId, carePlan, onStarted }: StartSessionProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prescription = carePlan.prescription;
  const prescriptionHref = `/session/prescription${readinessId ? `?readiness=${encodeURIComponent(readinessId)}` : ''}`;

  async function start(event: Event) {
    event.preventDefault();
    if (!prescription) return;
    let how: SessionStart;
    if (readinessId) how = { readinessId };
    else if (isStartReasonGiven(reason)) how = { startReason: reason };
    else {
      setReasonError('Write a few words about why you are starting without the check-in.');
      return;
    }
    setReasonError(null);
    setError(null);
    setBusy(true);
    try {
      const planned = await nextPlannedSession();
      const session = startSession({ planned, newId: newId(), start: how, prescription, now: new Date() });
      await saveSession(session);
      onStarted(session);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not start the session. Please try again.');
      setBusy(false);
    }
  }

  return (
    <Screen title="Start your session">
      {prescription ? (
        <div class="card">
          <h2>Your prescriber's instructions</h2>
          <PrescriptionFacts prescription={prescription} />
          <a href={prescriptionHref}>Change what you copied from your prescription</a>
        </div>
      ) : (
        <div class="card">
          <h2>Your prescriber's instructions</h2>
          <p>Session mode repeats your dosing steps exactly as your prescription says. Copy them in first.</p>
          <LinkButton href={prescriptionHref} large>
            Enter your prescription
          </LinkButton>
        </div>
      )}
      <p>
        <a href="/learn/session-feelings">What a session usually feels like, and how to meet it</a>
      </p>
      <form onSubmit={start} noValidate>
        {readinessId ? (
          <p>You are starting from today's check-in.</p>
        ) : (
          <div class="card">
            <h2>No check-in today</h2>
            <p>
              The session-day check-in comes first. <a href="/check-in">Do the check-in</a>
            </p>
            <div class="field">
              <label for="start-reason">Why are you starting without it?</label>
              <span class="field__hint" id="start-reason-hint">
                A few words, kept with this session.
              </span>
              <input
                id="start-reason"
                type="text"
                maxLength={500}
                value={reason}
                aria-describedby={reasonError ? 'start-reason-hint start-reason-error' : 'start-reason-hint'}
                aria-invalid={reasonError ? true : undefined}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
              {reasonError ? (
                <span class="field__error" id="start-reason-error">
                  {reasonError}
                </span>
              ) : null}
            </div>
          </div>
        )}
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" large disabled={!prescription || busy}>
          Start the session
        </Button>
      </form>
      <p>
        <a href="/session/history">Past sessions</a>
      </p>
    </Screen>
  );
}
