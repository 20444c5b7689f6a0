import type { CarePlan } from '../../domain/care-plan';
import type { DosePermission } from '../../domain/dose-permission';
import type { SessionRecord } from '../../domain/session';
import { startSession } from '../../domain/session-lifecycle';
import { checkDosePermission } from '../../state/dose-check';
import { useLoad } from '../../state/use-load';
import { nextPlannedSession, saveSession } from '../../storage/sessions-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useSubmit } from '../../ui/use-submit';
import { DoseRefused } from './DoseRefused';
import { newId } from './format-time';
import { PrescriptionFacts } from './PrescriptionFacts';

/** Props of StartSession. */
export interface StartSessionProps {
  /** The check-in the link names (`?readiness=`): only ever reported on, never trusted. */
  namedReadinessId: string | undefined;
  carePlan: CarePlan;
  onStarted(session: SessionRecord): void;
}

const NAMED_WORDS = {
  latest: null,
  'not-latest': 'The check-in this link names is not your latest one. Your latest check-in decides.',
  unknown: 'The check-in this link names was not found. Your latest check-in decides.',
} as const;

function Allowed({ permission }: { permission: Extract<DosePermission, { allowed: true }> }) {
  return permission.by === 'check-in' ? (
    <p>You are starting from today's check-in.</p>
  ) : (
    <p>
      Your clinic's safety rules do not use the session-day check-in. This session is recorded as started without one.
    </p>
  );
}

/**
 * Starts a session, only when the dose rule allows it: asked when the screen opens (to say why not) and again, with
 * storage read afresh, at the tap, so a stale screen, Back or another tab's later check-in cannot start one.
 */
export function StartSession({ namedReadinessId, carePlan, onStarted }: StartSessionProps) {
  const asked = useLoad(
    () => checkDosePermission({ kind: 'dose', namedId: namedReadinessId }),
    [namedReadinessId],
    'Could not read your check-ins.',
  );
  const permission = asked.value;
  const starting = useSubmit('Could not start the session. Please try again.');
  const error = starting.error ?? asked.error;
  const busy = starting.busy;
  const prescription = carePlan.prescription;
  const prescriptionHref = `/session/prescription${namedReadinessId ? `?readiness=${encodeURIComponent(namedReadinessId)}` : ''}`;

  async function start(event: Event) {
    event.preventDefault();
    if (!prescription) return;
    starting.setError(null);
    await starting.run(async () => {
      const now = await checkDosePermission({ kind: 'dose', namedId: namedReadinessId });
      asked.set(now);
      if (!now.allowed) return;
      const planned = await nextPlannedSession();
      const session = startSession({ planned, newId: newId(), start: now, prescription, now: new Date() });
      await saveSession(session);
      onStarted(session);
    });
  }

  const named = permission?.named ? NAMED_WORDS[permission.named] : null;
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
      {named ? <Notice tone="caution">{named}</Notice> : null}
      {permission === undefined && !error ? <p role="status">Reading your check-ins…</p> : null}
      {permission?.allowed === false ? <DoseRefused permission={permission} /> : null}
      {permission?.allowed ? (
        <form onSubmit={start} noValidate>
          <Allowed permission={permission} />
          <Button type="submit" large disabled={!prescription || busy}>
            Start the session
          </Button>
        </form>
      ) : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <p>
        <a href="/session/history">Past sessions</a>
      </p>
    </Screen>
  );
}
