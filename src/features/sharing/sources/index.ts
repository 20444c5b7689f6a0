import { journalSource } from './journal-source';
import { readinessSource } from './readiness-source';
import { scaleResultsSource } from './scale-results-source';
import { sessionsSource } from './sessions-source';
import type { ShareSource } from './share-source';

/** Every source the picker offers, in order. */
export const SHARE_SOURCES: readonly ShareSource[] = [
  journalSource,
  scaleResultsSource,
  readinessSource,
  sessionsSource,
];
