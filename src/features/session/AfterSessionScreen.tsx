import { useRoute } from 'preact-iso';
import { NO_DRIVING_RULE } from '../../content/after-session-rules';
import { drivingNotBeforeDay, formatCalendarDate, sameDay } from '../../domain/after-session';
import type { CarePlan } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import type { Vitals } from '../../domain/session-vitals';
import { useLoad } from '../../state/use-load';
import { loadCarePlan } from '../../storage/care-plan-store';
import { loadSession, pastSessions } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { SideEffectsForm } from './SideEffectsForm';
import { useDimTheme } from './use-dim-theme';
import { useSessionRecord } from './use-session-record';
import { VitalsForm } from './VitalsForm';
import './session.css';

/** The session asked for (or the latest ended one) with the care plan; null when there is none. */
async function openAfter(id: string | undefined) {
  const find = id ? loadSession(id) : pastSessions().then((list) => list[0]);
  const [session, carePlan] = await Promise.all([find, loadCarePlan()]);
  return session ? { session, carePlan } : null;
}

/** After the session (`/session/:id/after`, or `/session/after` for the latest): driving, vitals, side effects. */
export function AfterSessionScreen() {
  useDimTheme();
  const { params } = useRoute();
  const opened = useLoad(() => openAfter(params.id), [params.id], 'Could not open it.');
  const loaded = opened.value;
  if (!loaded) {
    const message = opened.error ?? (loaded === null ? 'There is no ended session to show yet.' : null);
    return (
      <Screen title="After the session">
        {message ? <Notice>{message}</Notice> : null}
        <a href="/session/history">Past sessions</a>
      </Screen>
    );
  }
  return <AfterSession initial={loaded.session} carePlan={loaded.carePlan} />;
}

function AfterSession({ initial, carePlan }: { initial: SessionRecord; carePlan: CarePlan }) {
  const { session, change, error } = useSessionRecord(initial);
  const saveVitals = (vitals: Vitals) =>
    change((s) => ({
      ...s,
      afterSession: { sideEffects: [], ...s.afterSession, vitals, recordedAt: new Date().toISOString() },
    }));
  const latest = session.afterSession?.vitals ?? session.vitalsAfter;

  return (
    <Screen title="After the session">
      <DrivingCard dosedAt={session.dosedAt ?? session.startedAt ?? session.createdAt} />
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <section class="card" aria-labelledby="vitals-title">
        <h2 id="vitals-title">Blood pressure and heart rate</h2>
        {latest ? (
          <p data-testid="latest-vitals">
            Last taken at {new Date(latest.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}:{' '}
            {latest.systolic}/{latest.diastolic}, heart rate {latest.heartRate}.
          </p>
        ) : null}
        <p>You can take them again now and record them here.</p>
        <VitalsForm idPrefix="after" submitLabel="Save these readings" onSave={saveVitals} />
      </section>
      <SideEffectsForm session={session} carePlan={carePlan} change={change} />
      <div class="btn-row">
        <a class="btn btn--secondary" href={`/journal/new?session=${encodeURIComponent(session.id)}`}>
          Write in your journal
        </a>
        <a class="btn btn--secondary" href="/session/history">
          Past sessions
        </a>
      </div>
    </Screen>
  );
}

/** When driving may be allowed again, from the dose time and the cited no-driving rule. */
function DrivingCard({ dosedAt }: { dosedAt: string }) {
  const day = drivingNotBeforeDay(dosedAt);
  // "Tomorrow" only while it is still the dose's own day; later on, the date alone says it.
  const tomorrow = sameDay(day, drivingNotBeforeDay(new Date().toISOString()));
  const date = formatCalendarDate(day);
  return (
    <section class="card" aria-labelledby="driving-title">
      <h2 id="driving-title">Driving</h2>
      <p class="session-big-text" data-testid="driving-time">
        {tomorrow ? `Not before tomorrow morning (${date})` : `Not before the morning of ${date}`}
      </p>
      <p>{NO_DRIVING_RULE.text}</p>
      <p class="muted">Source: {NO_DRIVING_RULE.source}</p>
      <p>
        <a href="/learn/rule/no-driving">Why not drive until tomorrow?</a> ·{' '}
        <a href="/learn/rule/side-effects">Which side effects are common, and which need a call</a>
      </p>
    </section>
  );
}
