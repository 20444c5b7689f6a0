import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../../domain/session';
import { loadDraft } from '../../storage/drafts-store';
import { LinkButton } from '../../ui/Button';
import { SEEDED_FIELD } from './entry-form';
import { endedWithinHour } from './session-time';

/**
 * Capture first: within an hour of a session, a large quick-note button comes first; an unfinished entry is
 * offered before anything else so opening the journal returns to it.
 */
export function CaptureFirst({ sessions }: { sessions: readonly SessionRecord[] }) {
  const [hasDraft, setHasDraft] = useState(false);
  useEffect(() => {
    loadDraft('journal:new')
      .then((draft) => setHasDraft(draft?.fields[SEEDED_FIELD] === '1'))
      .catch(() => setHasDraft(false));
  }, []);
  const recent = sessions.find((s) => endedWithinHour(s, new Date()));
  return (
    <>
      {hasDraft ? (
        <div class="card">
          <h2>Your unfinished entry</h2>
          <p>It was kept as you typed.</p>
          <LinkButton large href="/journal/new">
            Continue writing
          </LinkButton>
        </div>
      ) : null}
      {recent && !hasDraft ? (
        <div class="card">
          <h2>Your session ended a short while ago</h2>
          <p>Catch what is vivid now, in a few words or by voice. You can make sense of it later.</p>
          <LinkButton large href={`/journal/new?quick=1&session=${encodeURIComponent(recent.id)}`}>
            Quick note
          </LinkButton>
          <div class="btn-row">
            <LinkButton variant="secondary" href={`/journal/new?session=${encodeURIComponent(recent.id)}`}>
              Write with prompts
            </LinkButton>
          </div>
        </div>
      ) : null}
    </>
  );
}
