import { useState } from 'preact/hooks';
import type { ReadinessRecord } from '../../domain/readiness-record';
import { messageOf } from '../../lib/error-message';
import { addCareTeamNote } from '../../storage/readiness-store';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

/** After a hold: record that the care team cleared the person. Kept with the check-in; the decision stays a hold. */
export function CareTeamNoteForm({
  record,
  onSaved,
}: {
  record: ReadinessRecord;
  onSaved: (record: ReadinessRecord) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `care-note-${record.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write who you spoke with and what they said.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(await addCareTeamNote(record.id, { at: new Date().toISOString(), text: text.trim() }));
      setText('');
    } catch (caught) {
      // The typed note stays in the box so nothing is lost.
      setError(messageOf(caught, 'The note was not saved. Please try again.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card" onSubmit={submit} noValidate>
      <h3>Your care team cleared you?</h3>
      <p>
        Stillpoint cannot change a hold. If your care team has looked at this and told you it is safe to go ahead, write
        down who said so and when. The note is kept with this check-in.
      </p>
      <Field id={id} label="Note from your care team" error={error}>
        {(wiring) => <textarea {...wiring} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={saving}>
        Save the note
      </Button>
      {record.careTeamNotes.length > 0 ? <Notice>Note saved.</Notice> : null}
    </form>
  );
}
