import { useEffect, useState } from 'preact/hooks';
import { CHECK_IN_LABELS, type PlanCheckIn } from '../../domain/journal-plan';
import { listDueCheckIns } from '../../storage/plans-store';

/** Integration check-ins that are due now. Renders nothing when none are. */
export function DueCard() {
  const [due, setDue] = useState<PlanCheckIn[]>([]);
  useEffect(() => {
    listDueCheckIns()
      .then(setDue)
      .catch(() => setDue([]));
  }, []);
  if (due.length === 0) return null;
  return (
    <div class="card">
      <h2>Check-ins due</h2>
      <ul>
        {due.slice(0, 3).map((c) => (
          <li key={c.id}>
            {CHECK_IN_LABELS[c.kind]}: {c.text}
          </li>
        ))}
      </ul>
      <a href="/journal/plan">Open your integration plan</a>
    </div>
  );
}
