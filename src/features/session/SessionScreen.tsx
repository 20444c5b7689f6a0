import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { CarePlan } from '../../domain/care-plan';
import type { SessionRecord } from '../../domain/session';
import { loadCarePlan } from '../../storage/care-plan-store';
import { activeSession } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ActiveSession } from './ActiveSession';
import { StartSession } from './StartSession';
import { useDimTheme } from './use-dim-theme';
import './session.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; carePlan: CarePlan; active: SessionRecord | undefined };

/**
 * Session mode. Resumes the session under way exactly where it is (everything is stored as it happens), or starts
 * one from a readiness check-in (`/session?readiness=<id>`) or, with a reason, without one.
 */
export function SessionScreen() {
  useDimTheme();
  const { query } = useRoute();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    Promise.all([loadCarePlan(), activeSession()])
      .then(([carePlan, active]) => setLoaded({ state: 'ready', carePlan, active }))
      .catch((caught: unknown) =>
        setLoaded({ state: 'failed', message: caught instanceof Error ? caught.message : 'Could not open sessions.' }),
      );
  }, []);

  if (loaded.state === 'loading') return <Screen title="Session">{null}</Screen>;
  if (loaded.state === 'failed') {
    return (
      <Screen title="Session">
        <Notice tone="danger">{loaded.message}</Notice>
        <a href="/emergency">Get help now</a>
      </Screen>
    );
  }
  if (loaded.active) return <ActiveSession initial={loaded.active} carePlan={loaded.carePlan} />;
  return (
    <StartSession
      readinessId={query.readiness || undefined}
      carePlan={loaded.carePlan}
      onStarted={(active) => setLoaded({ ...loaded, active })}
    />
  );
}
