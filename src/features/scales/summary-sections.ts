import { EntriesSummarySection } from './EntriesSummarySection';
import { ReadinessSummarySection } from './ReadinessSummarySection';
import { ScoresSummarySection } from './ScoresSummarySection';
import { SessionsSummarySection } from './SessionsSummarySection';
import type { SummarySection } from './summary-range';

/**
 * The parts of the printable summary, in print order; each starts on a new page. To add one, write a component
 * taking SummarySectionProps and add a line here.
 */
export const SUMMARY_SECTIONS: readonly SummarySection[] = [
  { id: 'scores', title: 'Questionnaire scores', component: ScoresSummarySection },
  { id: 'sessions', title: 'Sessions', component: SessionsSummarySection },
  { id: 'readiness', title: 'Session-day check-ins', component: ReadinessSummarySection },
  { id: 'entries', title: 'Journal entries', component: EntriesSummarySection },
];
