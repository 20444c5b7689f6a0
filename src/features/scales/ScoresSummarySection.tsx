import { findScale } from '../../content/scales';
import { Notice } from '../../ui/Notice';
import { ScaleTrends } from './ScaleTrends';
import { inRange, type SummarySectionProps } from './summary-range';
import { longDate, useScaleResults } from './use-scale-results';

/** Summary section: questionnaire scores in the range, as trends with tables, and any answers that need attention. */
export function ScoresSummarySection({ range }: SummarySectionProps) {
  const { loading, results, error } = useScaleResults();
  if (loading) return <p class="muted">Loading scores…</p>;
  if (error) return <Notice tone="danger">{error}</Notice>;
  const shown = results.filter((r) => inRange(r.completedAt, range));
  const flagged = shown.filter((r) => r.needsAttention);
  return (
    <>
      <p class="muted">Self-reported questionnaires. Scores are not a diagnosis.</p>
      {flagged.length > 0 ? (
        <div class="notice notice--danger">
          <p>
            <strong>Needs attention:</strong> PHQ-9 question 9 (thoughts of being better off dead or of self-harm) was
            answered above “Not at all” on:
          </p>
          <ul>
            {flagged.map((r) => (
              <li key={r.id}>
                {longDate(r.completedAt)} ({findScale(r.scaleId)?.name ?? r.scaleId})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {shown.length === 0 ? <p>No questionnaires in these dates.</p> : <ScaleTrends results={shown} />}
    </>
  );
}
