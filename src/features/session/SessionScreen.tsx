import { useRoute } from 'preact-iso';
import { useLoad } from '../../state/use-load';
import { loadCarePlan } from '../../storage/care-plan-store';
import { activeSession } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ActiveSession } from './ActiveSession';
import { StartSession } from './StartSession';
import { useDimTheme } from './use-dim-theme';
import './session.css';

/** The care plan (with the prescription) and the session under way, if any. */
async function openSessions() {
  const [carePlan, active] = await Promise.all([loadCarePlan(), activeSession()]);
  return { carePlan, active };
}

/**
 * Session mode. Resumes the session under way exactly where it is (everything is stored as it happens), or starts
 * one when the dose rule allows it (`?readiness=<id>` only names a check-in; the stored records decide).
 */
export function SessionScreen() {
  useDimTheme();
  const { query } = useRoute();
  const opened = useLoad(openSessions, [], 'Could not open sessions.');
  const loaded = opened.value;

  if (!loaded && !opened.error) return <Screen title="Session">{null}</Screen>;
  if (!loaded) {
    return (
      <Screen title="Session">
        <Notice tone="danger">{opened.error}</Notice>
        <a href="/emergency">Get help now</a>
      </Screen>
    );
  }
  if (loaded.active) return <ActiveSession initial={loaded.active} carePlan={loaded.carePlan} />;
  return (
    <StartSession
      namedReadinessId={query.readiness || undefined}
      carePlan={loaded.carePlan}
      onStarted={(active) => opened.set({ ...loaded, active })}
    />
  );
}
