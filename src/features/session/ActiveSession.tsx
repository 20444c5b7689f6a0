import type { CarePlan } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import { describeDuration, elapsedSinceDose, formatDuration } from '../../domain/session-clock';
import { DEFAULT_LATER_INTERVAL_MINUTES } from '../../domain/session-observation';
import { useNow } from '../../state/use-now';
import { useScreenOn } from '../../state/use-screen-on';
import { LinkButton } from '../../ui/Button';
import { KeepScreenOn } from '../../ui/KeepScreenOn';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { DosingSteps } from './DosingSteps';
import { EndSession } from './EndSession';
import { ObservationLog } from './ObservationLog';
import { ObservationPrompt } from './ObservationPrompt';
import { QuickNotes } from './QuickNotes';
import { SessionHandOff } from './SessionHandOff';
import { useLockHold } from './use-lock-hold';
import { useSessionRecord } from './use-session-record';

/** The session under way: clock, help, dosing steps, sitter observations, notes, and the end. */
export function ActiveSession({ initial, carePlan }: { initial: SessionRecord; carePlan: CarePlan }) {
  const { session, change, error } = useSessionRecord(initial);
  const now = useNow();
  const active = session.status === 'active';
  // The screen stays on so the sitter sees the clock and the observations due; a locked phone freezes both.
  const screen = useScreenOn(active);
  useLockHold(active);

  if (!active) return <SessionHandOff session={session} />;
  const prescription = session.prescription ?? carePlan.prescription;

  return (
    <Screen title="Your session">
      <SessionClock dosedAt={session.dosedAt} now={now} />
      <div class="session-help">
        <LinkButton href="/emergency" variant="danger" large>
          I need help
        </LinkButton>
      </div>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {session.dosedAt ? (
        <>
          <KeepScreenOn
            state={screen.state}
            stops="Sitter observations only appear while this phone is unlocked with Stillpoint open; a locked phone shows nothing."
            instead={`set your own timer: every 15 minutes for the first hour, then every ${session.observationLaterMinutes ?? DEFAULT_LATER_INTERVAL_MINUTES} minutes`}
            onRetry={screen.retry}
          />
          <ObservationPrompt session={session} now={now} change={change} />
        </>
      ) : null}
      {prescription ? (
        <DosingSteps prescription={prescription} session={session} now={now} change={change} />
      ) : (
        <Notice tone="caution">
          Your prescription is not entered. <a href="/session/prescription">Copy it from your prescription</a>
        </Notice>
      )}
      <QuickNotes session={session} change={change} />
      {session.observations?.length || session.dosedAt ? <ObservationLog session={session} change={change} /> : null}
      <EndSession dosed={Boolean(session.dosedAt)} change={change} />
    </Screen>
  );
}

/** Time since the dose, read from the stored dose time: always right after a reload or a locked screen. */
function SessionClock({ dosedAt, now }: { dosedAt: string | undefined; now: Date }) {
  if (!dosedAt) {
    return (
      <div class="card">
        <p class="muted">The session clock starts when you record your dose.</p>
      </div>
    );
  }
  const elapsed = elapsedSinceDose(dosedAt, now);
  return (
    <div class="card">
      <h2>Time since dose</h2>
      <p class="session-clock" data-testid="session-clock" aria-hidden="true">
        {formatDuration(elapsed)}
      </p>
      <p class="visually-hidden">{describeDuration(elapsed)}</p>
    </div>
  );
}
