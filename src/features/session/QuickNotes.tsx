import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../../domain/session';
import { addNote } from '../../domain/session-lifecycle';
import { useDraft } from '../../state/use-draft';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { clockTime } from './format-time';
import type { SessionRecordHandle } from './use-session-record';

/**
 * Quick notes with their times: one tap to open, a large box, save. What is typed is kept as a draft while typing,
 * so a reload or a crash mid-note loses nothing; it stays on screen if saving fails.
 */
export function QuickNotes({ session, change }: { session: SessionRecord; change: SessionRecordHandle['change'] }) {
  const draft = useDraft(`session-note:${session.id}`);
  const [open, setOpen] = useState(false);
  const text = draft.text;
  const notes = session.notes ?? [];

  useEffect(() => {
    if (draft.loaded && draft.text.trim() !== '') setOpen(true);
  }, [draft.loaded]);

  function setText(next: string) {
    if (!draft.fields.title) draft.setField('title', 'Session note');
    draft.setText(next);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (text.trim() === '') return;
    const saved = await change((s) => addNote(s, text, new Date().toISOString()));
    if (saved) {
      await draft.discard().catch(() => undefined);
      setOpen(false);
    }
  }

  return (
    <section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {notes.length > 0 ? (
        <ul class="list-plain timeline" data-testid="session-notes">
          {notes.map((note) => (
            <li key={note.at}>
              <strong>{clockTime(note.at)}</strong> {note.text}
            </li>
          ))}
        </ul>
      ) : null}
      {draft.error ? <p class="field__error">{draft.error}</p> : null}
      {open ? (
        <form onSubmit={save}>
          <Field id="quick-note" label="Your note">
            {(wiring) => (
              <textarea
                {...wiring}
                maxLength={5000}
                value={text}
                onInput={(event) => setText(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="btn-row">
            <Button type="submit">Save note</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" large onClick={() => setOpen(true)}>
          Add a note
        </Button>
      )}
    </section>
  );
}
