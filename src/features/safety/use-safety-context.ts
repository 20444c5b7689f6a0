import { useEffect, useState } from 'preact/hooks';
import { type CarePlan, EMPTY_CARE_PLAN } from '../../domain/care-plan';
import type { ScreeningRecord } from '../../domain/screening';
import { lastSessionAt } from '../../domain/spacing';
import { activePack, loadActivePack } from '../../state/protocol-pack';
import { loadCarePlan } from '../../storage/care-plan-store';
import { latestScreening } from '../../storage/screenings-store';
import { listSessions } from '../../storage/sessions-store';

/** What the safety screens read before they can decide anything. */
export interface SafetyContext {
  carePlan: CarePlan;
  lastScreening: ScreeningRecord | undefined;
  lastSessionAt: Date | undefined;
}

/** Loads the pack, care plan, latest screening and last session; `error` says in plain words what could not be read. */
export function useSafetyContext(): { context: SafetyContext | undefined; error: string | null; reload: () => void } {
  const [context, setContext] = useState<SafetyContext | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    // The attempt counter re-runs this effect when the person asks to try again.
    void attempt;
    Promise.all([loadActivePack(), loadCarePlan(), latestScreening(), listSessions()])
      .then(([, carePlan, lastScreening, sessions]) => {
        if (!cancelled) setContext({ carePlan, lastScreening, lastSessionAt: lastSessionAt(sessions) });
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        setError(caught instanceof Error ? caught.message : 'Stillpoint could not read its storage.');
        // The defaults still work without storage: decide with an empty care plan and no history.
        setContext({ carePlan: EMPTY_CARE_PLAN, lastScreening: undefined, lastSessionAt: undefined });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return { context, error, reload: () => setAttempt((n) => n + 1) };
}

/** The pack in use (read the signal in render so screens update when it changes). */
export function usePack() {
  return activePack.value.pack;
}
