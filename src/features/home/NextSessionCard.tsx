import { useEffect, useState } from 'preact/hooks';
import { countProgress, type ProgressCount } from '../../domain/checklist-progress';
import type { SessionRecord } from '../../domain/session';
import { checklistsInForce } from '../../state/pack-content';
import { loadChecklistProgress } from '../../storage/checklists-store';
import { nextPlannedSession } from '../../storage/sessions-store';

type Next = { session: SessionRecord; progress: ProgressCount } | null;

/** The next planned session and how far its checklists are, or a gentle way to plan one. */
export function NextSessionCard() {
  const [next, setNext] = useState<Next | undefined>(undefined);
  useEffect(() => {
    nextPlannedSession()
      .then(async (session) => {
        if (!session) return setNext(null);
        const progress = await loadChecklistProgress(session.id);
        setNext({ session, progress: countProgress(checklistsInForce(), progress.ticked) });
      })
      .catch(() => setNext(null));
  }, []);
  if (next === undefined) return null;
  if (next === null)
    return (
      <div class="card">
        <p>
          <a href="/prepare">Plan your next session</a>
        </p>
      </div>
    );
  const when = next.session.scheduledFor
    ? new Date(next.session.scheduledFor).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })
    : 'Date not set yet';
  return (
    <section class="card" aria-labelledby="next-session-home">
      <h2 id="next-session-home">Next session</h2>
      <p>{when}</p>
      <p>
        Checklist: {next.progress.done} of {next.progress.total} done.
      </p>
      <p>
        <a href="/prepare">Prepare for it</a>
      </p>
    </section>
  );
}
