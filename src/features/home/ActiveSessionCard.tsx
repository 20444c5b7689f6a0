import { useEffect, useState } from 'preact/hooks';
import type { HomeSession } from '../../domain/home-summary';
import { elapsedSinceDose, formatDuration } from '../../domain/session-clock';

/** When a session is under way, a big way back to it with its clock. Renders nothing otherwise. */
export function ActiveSessionCard({ session }: { session: HomeSession | undefined }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!session?.dosedAt) return;
    // Only the display ticks; the time itself comes from the stored dose time.
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [session?.dosedAt]);
  if (!session) return null;
  return (
    <div class="card">
      <h2>Your session is under way</h2>
      {session.dosedAt ? (
        <p>
          Time since dose:{' '}
          <strong data-testid="home-session-clock">{formatDuration(elapsedSinceDose(session.dosedAt, now))}</strong>
        </p>
      ) : null}
      <a class="btn btn--large" href="/session">
        Return to your session
      </a>
    </div>
  );
}
