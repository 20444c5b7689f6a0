import { type CarePlan, EMPTY_CARE_PLAN } from '../../domain/care-plan';
import type { ScaleResult } from '../../domain/scale-result';
import type { ScreeningRecord } from '../../domain/screening';
import { lastSessionAt } from '../../domain/spacing';
import { activePack, loadActivePack } from '../../state/protocol-pack';
import { useLoad } from '../../state/use-load';
import { loadCarePlan } from '../../storage/care-plan-store';
import { listScaleResults } from '../../storage/scale-results-store';
import { latestScreening } from '../../storage/screenings-store';
import { listSessions } from '../../storage/sessions-store';

/** What the safety screens read before they can decide anything. */
export interface SafetyContext {
  carePlan: CarePlan;
  lastScreening: ScreeningRecord | undefined;
  lastSessionAt: Date | undefined;
  /** Stored questionnaire results (the PHQ-9 question-9 rule reads them). */
  scaleResults: readonly ScaleResult[];
}

/** What the safety screens decide from when storage cannot be read: an empty care plan and no history. */
const WITHOUT_STORAGE: SafetyContext = {
  carePlan: EMPTY_CARE_PLAN,
  lastScreening: undefined,
  lastSessionAt: undefined,
  scaleResults: [],
};

/** Reads the pack, care plan, latest screening, sessions and questionnaire results together. */
async function readSafetyContext(): Promise<SafetyContext> {
  const [, carePlan, lastScreening, sessions, scaleResults] = await Promise.all([
    loadActivePack(),
    loadCarePlan(),
    latestScreening(),
    listSessions(),
    listScaleResults(),
  ]);
  return { carePlan, lastScreening, lastSessionAt: lastSessionAt(sessions), scaleResults };
}

/** Loads the pack, care plan, latest screening and last session; `error` says in plain words what could not be read. */
export function useSafetyContext(): { context: SafetyContext | undefined; error: string | null; reload: () => void } {
  const { value, error, reload } = useLoad(readSafetyContext, [], 'Stillpoint could not read its storage.');
  // The defaults still work without storage: decide with an empty care plan and no history.
  return { context: value ?? (error ? WITHOUT_STORAGE : undefined), error, reload };
}

/** The pack in use (read the signal in render so screens update when it changes). */
export function usePack() {
  return activePack.value.pack;
}
