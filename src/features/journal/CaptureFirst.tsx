import type { Draft } from '../../domain/draft';
import type { SessionRecord } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { listDrafts } from '../../storage/drafts-store';
import { LinkButton } from '../../ui/Button';
import { SEEDED_FIELD } from './entry-form';
import { endedWithinHour } from './session-time';

/** Where a journal draft is finished: the new-entry form, or the edit form of its entry. */
function draftHref(draft: Draft): string {
  const entryId = draft.id.slice('journal:'.length);
  return entryId === 'new' ? '/journal/new' : `/journal/${encodeURIComponent(entryId)}/edit`;
}

/**
 * Capture first: unfinished entries come before anything else, so opening the journal returns to them; within an
 * hour of a session, a large quick-note button comes next.
 */
export function CaptureFirst({ sessions }: { sessions: readonly SessionRecord[] }) {
  // Unreadable drafts are not offered; the journal below still opens.
  const loaded = useLoad(async () =>
    (await listDrafts()).filter((d) => d.id.startsWith('journal:') && d.fields[SEEDED_FIELD] === '1'),
  );
  const drafts = loaded.value ?? [];
  const recent = sessions.find((s) => endedWithinHour(s, new Date()));
  return (
    <>
      {drafts.map((draft) => (
        <div class="card" key={draft.id}>
          <h2>{draft.id === 'journal:new' ? 'Your unfinished entry' : 'Unsaved changes to an entry'}</h2>
          <p>
            {draft.fields.title ? <strong>{draft.fields.title}. </strong> : null}
            It was kept as you typed.
          </p>
          <LinkButton large href={draftHref(draft)}>
            Continue writing
          </LinkButton>
        </div>
      ))}
      {recent && drafts.length === 0 ? (
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
