import type { ReadinessRecord } from '../../../domain/readiness-record';
import type { ShareItem } from '../../../domain/share-item';
import { listReadiness, loadReadiness } from '../../../storage/readiness-store';
import type { ShareSource } from './share-source';

/** A check-in as a share item: the decision, its reasons in plain words, and the reading that decided. */
export function readinessToItem(record: ReadinessRecord): ShareItem {
  const reading = record.secondReading ?? record.firstReading;
  return {
    kind: 'readiness',
    id: record.id,
    decision: record.decision,
    reasons: record.reasons.filter((r) => r.level !== 'ok').map((r) => r.text),
    createdAt: record.createdAt,
    readings: [
      { name: 'Systolic', value: reading.systolic, unit: 'mmHg' },
      { name: 'Diastolic', value: reading.diastolic, unit: 'mmHg' },
      { name: 'Heart rate', value: reading.heartRate, unit: 'beats per minute' },
    ],
  };
}

/** Session-day check-ins. */
export const readinessSource: ShareSource = {
  id: 'readiness',
  title: 'Check-ins',
  async listCandidates() {
    return (await listReadiness()).map((r) => ({
      id: r.id,
      label: `Check-in: ${r.decision} (${r.createdAt.slice(0, 10)})`,
      date: r.createdAt,
    }));
  },
  async toItem(id) {
    const record = await loadReadiness(id);
    return record ? readinessToItem(record) : undefined;
  },
};
