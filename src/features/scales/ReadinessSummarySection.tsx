import type { ReadinessRecord } from '../../domain/readiness-record';
import { useLoad } from '../../state/use-load';
import { listReadiness } from '../../storage/readiness-store';
import { Notice } from '../../ui/Notice';
import { inRange, type SummarySectionProps } from './summary-range';
import { longDate } from './use-scale-results';

const DECISION_WORDS: Record<ReadinessRecord['decision'], string> = {
  ready: 'Ready',
  caution: 'Caution',
  hold: 'Held',
};

/** Summary section: session-day check-ins in the range, oldest first: the reading that decided and why. */
export function ReadinessSummarySection({ range }: SummarySectionProps) {
  const { value: records, error } = useLoad<ReadinessRecord[]>(listReadiness, [], 'Check-ins could not be read.');
  if (error) return <Notice tone="danger">{error}</Notice>;
  if (!records) return <p class="muted">Loading check-ins…</p>;
  const shown = records.filter((r) => inRange(r.createdAt, range)).reverse();
  if (shown.length === 0) return <p>No check-ins in these dates.</p>;
  return (
    <table class="summary-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Decision</th>
          <th scope="col">Blood pressure, heart rate</th>
          <th scope="col">Reasons</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => {
          const reading = r.secondReading ?? r.firstReading;
          const concerns = r.reasons.filter((reason) => reason.level !== 'ok');
          return (
            <tr key={r.id}>
              <td>{longDate(r.createdAt)}</td>
              <td>{DECISION_WORDS[r.decision]}</td>
              <td>
                {reading.systolic}/{reading.diastolic}, {reading.heartRate}
                {r.secondReading ? ' (re-check)' : ''}
              </td>
              <td>{concerns.length ? concerns.map((reason) => reason.text).join(' ') : 'Within the rules.'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
