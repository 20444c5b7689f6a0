import { FOLLOW_UP_LABELS } from '../../domain/follow-up-kind';
import type { HomeFollowUp } from '../../domain/home-summary';

/** Integration follow-ups that are due now. Renders nothing when none are. */
export function DueCard({ due }: { due: readonly HomeFollowUp[] }) {
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
