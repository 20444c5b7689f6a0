import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { entryHeadline, type JournalEntry } from '../../domain/journal-entry';
import type { VoiceNote } from '../../domain/journal-voice-note';
import type { SessionRecord } from '../../domain/session';
import { useLoad } from '../../state/use-load';
import { discardDraft } from '../../storage/drafts-store';
import { deleteEntry, loadEntry } from '../../storage/entries-store';
import { loadSession } from '../../storage/sessions-store';
import { listVoiceNotesForEntry } from '../../storage/voice-notes-store';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { CoachComments } from './CoachComments';
import { sessionLabel } from './session-time';
import { lastDeleted } from './undo';
import { VoiceNotePlayer } from './VoiceNotePlayer';
import './journal.css';
import { promptSetsInForce } from '../../state/pack-content';

/** An entry read back with what belongs to it; null when it is not on this device. */
type Opened = { entry: JournalEntry; notes: VoiceNote[]; session?: SessionRecord } | null;

/** Reads the entry, its voice notes and (if it can) the session it followed. */
async function openEntry(id: string): Promise<Opened> {
  const [entry, notes] = await Promise.all([loadEntry(id), listVoiceNotesForEntry(id)]);
  if (!entry) return null;
  const session = entry.sessionId ? await loadSession(entry.sessionId).catch(() => undefined) : undefined;
  return { entry, notes, session };
}

const SCALE_WORDS: Record<'mood' | 'energy' | 'anxiety', string> = {
  mood: 'Mood',
  energy: 'Energy',
  anxiety: 'Anxiety',
};

/** /journal/:id: one entry, read back, with edit and delete (delete can be undone from the journal). */
export function EntryScreen() {
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? '';
  const loaded = useLoad(() => openEntry(id), [id]);
  const [error, setError] = useState<string | null>(null);

  if (loaded.value === undefined && !loaded.error) return <Screen title="Journal entry" />;
  if (!loaded.value) {
    return (
      <Screen title="Journal entry">
        <Notice tone="caution">
          {loaded.error
            ? 'This entry could not be read just now. Try again in a moment.'
            : 'This entry is not on this device any more.'}
        </Notice>
        <a href="/journal">Back to your journal</a>
      </Screen>
    );
  }

  const { entry, notes, session } = loaded.value;
  const promptSet = promptSetsInForce().find((set) => set.id === entry.promptSetId);
  async function remove() {
    try {
      const removed = await deleteEntry(entry.id);
      // Unsaved edits of a deleted entry would only lead to a dead end; undo restores the saved entry itself.
      await discardDraft(`journal:${entry.id}`).catch(() => undefined);
      lastDeleted.value = removed ?? null;
      route('/journal');
    } catch {
      setError('This entry could not be deleted just now. Try again in a moment.');
    }
  }

  return (
    <Screen title={entryHeadline(entry)}>
      <p class="muted">
        Written {new Date(entry.createdAt).toLocaleString()}
        {entry.updatedAt !== entry.createdAt ? `, changed ${new Date(entry.updatedAt).toLocaleString()}` : ''}
        {session ? ` · after your ${sessionLabel(session).toLocaleLowerCase()}` : ''}
      </p>
      {(['mood', 'energy', 'anxiety'] as const).some((k) => entry[k] !== undefined) ? (
        <ul class="list-plain">
          {(['mood', 'energy', 'anxiety'] as const).map((k) =>
            entry[k] === undefined ? null : (
              <li key={k}>
                {SCALE_WORDS[k]}: {entry[k]} of 5
              </li>
            ),
          )}
        </ul>
      ) : null}
      {entry.answers && promptSet ? (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">{promptSet.title}</h2>
          {promptSet.prompts.map((prompt) =>
            entry.answers?.[prompt.id] ? (
              <div key={prompt.id}>
                <h3>{prompt.text}</h3>
                <p class="entry-text">{entry.answers[prompt.id]}</p>
              </div>
            ) : null,
          )}
        </section>
      ) : null}
      {entry.text ? <p class="entry-text">{entry.text}</p> : null}
      {entry.tags.length > 0 ? (
        <>
          <h2>Tags</h2>
          <ul class="list-plain tag-list">
            {entry.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.length > 0 ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">Voice notes</h2>
          {notes.map((note, i) => (
            <VoiceNotePlayer key={note.id} note={note} label={`Voice note ${i + 1}`} />
          ))}
        </section>
      ) : null}
      <CoachComments entryId={entry.id} />
      {error ? <Notice tone="caution">{error}</Notice> : null}
      <div class="btn-row">
        <LinkButton href={`/journal/${entry.id}/edit`}>Edit</LinkButton>
        <button type="button" class="btn btn--danger" onClick={() => void remove()}>
          Delete entry
        </button>
        <LinkButton variant="secondary" href="/journal">
          Back to journal
        </LinkButton>
      </div>
    </Screen>
  );
}
