import { scaleResultsSource } from './scale-results-source';
import { sessionsSource } from './sessions-source';
import type { ShareSource } from './share-source';

/** Every source the picker offers, in order. The integrator adds journal and readiness here. */
export const SHARE_SOURCES: readonly ShareSource[] = [scaleResultsSource, sessionsSource];
