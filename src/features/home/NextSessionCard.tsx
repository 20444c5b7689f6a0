import { useEffect, useState } from 'preact/hooks';
import type { ProgressCount } from '../../domain/checklist-progress';
import type { HomeSession } from '../../domain/home-summary';
import { afterFirstScreen } from '../../ui/after-first-screen';

/** The next planned session and how far its checklists are, or a gentle way to plan one. */
export function NextSessionCard({ session }: { session: HomeSession | undefined }) {
  const [progress, setProgress] = useState<ProgressCount | undefined>(undefined);
  const sessionId = session?.id;
  useEffect(() => {
    if (!sessionId) return;
    let gone = false;
    const cancel = afterFirstScreen(() => {
      import('./next-session-progress')
        .then((m) => m.loadNextSessionProgress(sessionId))
        .then((count) => {
          if (!gone) setProgress(count);
        })
        .catch(() => undefined);
    });
    return () => {
      gone = true;
      cancel();
    };
  }, [sessionId]);
  if (!session)
    return (
      <div class="card">
        <p>
          <a href="/prepare">Plan your next session</a>
        </p>
      </div>
    );
  const when = session.scheduledFor
    ? new Date(session.scheduledFor).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })
    : 'Date not set yet';
  return (
    <section class="card" aria-labelledby="next-session-home">
      <h2 id="next-session-home">Next session</h2>
      <p>{when}</p>
      {/* The line is there from the first frame, so the count arriving moves nothing below it. */}
      <p>Checklist: {progress ? `${progress.done} of ${progress.total} done.` : 'counting…'}</p>
      <p>
        <a href="/prepare">Prepare for it</a>
      </p>
    </section>
  );
}
