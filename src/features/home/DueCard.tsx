import { useEffect, useState } from 'preact/hooks';
import { FOLLOW_UP_LABELS, type PlanFollowUp } from '../../domain/journal-plan';
import { listDueFollowUps } from '../../storage/plans-store';

/** Integration follow-ups that are due now. Renders nothing when none are. */
export function DueCard() {
  const [due, setDue] = useState<PlanFollowUp[]>([]);
  useEffect(() => {
    listDueFollowUps()
      .then(setDue)
      .catch(() => setDue([]));
  }, []);
  if (due.length === 0) return null;
  return (
    <div class="card">
      <h2>Follow-ups due</h2>
      <ul>
        {due.slice(0, 3).map((c) => (
          <li key={c.id}>
            {FOLLOW_UP_LABELS[c.kind]}: {c.text}
          </li>
        ))}
      </ul>
      <a href="/journal/plan">Open your integration plan</a>
    </div>
  );
}
