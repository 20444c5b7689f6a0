import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { hasContent, type JournalEntry } from '../../domain/journal-entry';
import type { SessionRecord } from '../../domain/session';
import { useDraft } from '../../state/use-draft';
import { saveEntry } from '../../storage/entries-store';
import { attachVoiceNotes, deleteVoiceNote } from '../../storage/voice-notes-store';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ANSWER_PREFIX, draftIdFor, entryFromForm, type FormValues, SEEDED_FIELD, splitIds } from './entry-form';
import { newId } from './new-id';
import { PromptStepper } from './PromptStepper';
import { ScaleFields } from './ScaleFields';
import { sessionLabel } from './session-time';
import { VoiceNotes } from './VoiceNotes';
import './journal.css';
import { promptSetsInForce } from '../../state/pack-content';
import { useDimWhileOpen } from '../../state/theme-override';
import { FormError } from '../../ui/FormError';

/** Props of the entry form. */
export interface EntryFormProps {
  /** The saved entry being edited; absent for a new one. */
  entry?: JournalEntry;
  session?: SessionRecord;
  /** What the form starts from when there is no draft. */
  initial: FormValues;
  /** Quick capture: one big text box, voice notes, the dim theme. */
  quick: boolean;
}

/** Writes or edits an entry. Everything typed goes to a draft within half a second and survives reloads. */
export function EntryForm({ entry, session, initial, quick }: EntryFormProps) {
  const draft = useDraft(draftIdFor(entry?.id));
  const { route } = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const seeding = useRef(false);
  useDimWhileOpen(quick);

  const seeded = draft.fields[SEEDED_FIELD] === '1';
  const values: FormValues = seeded ? { text: draft.text, fields: draft.fields } : initial;
  const field = (name: string) => values.fields[name] ?? '';

  // The first change copies the starting values into the draft, so the draft alone can rebuild the form.
  function seed() {
    if (seeded || seeding.current) return;
    seeding.current = true;
    draft.setText(initial.text);
    for (const [name, value] of Object.entries(initial.fields)) draft.setField(name, value);
    draft.setField(SEEDED_FIELD, '1');
  }
  function setField(name: string, value: string) {
    seed();
    draft.setField(name, value);
  }
  function setText(text: string) {
    seed();
    draft.setText(text);
  }

  async function save(event: Event) {
    event.preventDefault();
    const now = new Date();
    const base = entry ?? { id: newId(), createdAt: now.toISOString() };
    const next = entryFromForm(values, base, now);
    if (!hasContent(next)) {
      setError('There is nothing to save yet. Write a few words or record a voice note.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveEntry(next);
      await attachVoiceNotes(next.voiceNoteIds ?? [], next.id);
      await draft.discard();
      route(`/journal/${next.id}`);
    } catch {
      setError('Your entry could not be saved just now. Your words are kept here; try again in a moment.');
      setBusy(false);
    }
  }

  async function discardChanges() {
    // Voice notes recorded since the last save go with the draft; the saved entry's own notes stay.
    const kept = new Set(entry?.voiceNoteIds ?? []);
    for (const id of splitIds(field('voiceNoteIds'))) {
      if (!kept.has(id)) await deleteVoiceNote(id).catch(() => undefined);
    }
    await draft.discard().catch(() => undefined);
    route(entry ? `/journal/${entry.id}` : '/journal');
  }

  if (!draft.loaded) return null;
  const promptSetId = field('promptSetId');
  const promptSet = promptSetsInForce().find((set) => set.id === promptSetId);
  return (
    <form class={quick ? 'entry-form entry-form--quick' : 'entry-form'} onSubmit={(e) => void save(e)}>
      {session ? <p class="muted">Linked to your {sessionLabel(session).toLocaleLowerCase()}.</p> : null}
      <p class="field__hint">Saved on this device as you type. You can leave and come back.</p>
      {draft.error ? <Notice tone="caution">{draft.error} What you typed is still here.</Notice> : null}
      {quick ? null : (
        <Field id="entry-title" label="Title (optional)">
          {(wiring) => (
            <input {...wiring} value={field('title')} onInput={(e) => setField('title', e.currentTarget.value)} />
          )}
        </Field>
      )}
      {quick ? null : (
        <fieldset>
          <legend>Prompts (optional)</legend>
          <label class="choice">
            <input type="radio" name="promptSetId" checked={!promptSet} onChange={() => setField('promptSetId', '')} />
            No prompts
          </label>
          {promptSetsInForce().map((set) => (
            <label class="choice" key={set.id}>
              <input
                type="radio"
                name="promptSetId"
                checked={promptSet?.id === set.id}
                onChange={() => setField('promptSetId', set.id)}
              />
              {set.title}
            </label>
          ))}
        </fieldset>
      )}
      {promptSet && !quick ? (
        <PromptStepper
          key={promptSet.id}
          set={promptSet}
          answerOf={(id) => field(`${ANSWER_PREFIX}${id}`)}
          onAnswer={(id, text) => setField(`${ANSWER_PREFIX}${id}`, text)}
        />
      ) : null}
      <Field id="entry-text" label={quick ? 'What is with you right now?' : 'Your entry'}>
        {(wiring) => (
          <textarea
            {...wiring}
            rows={quick ? 10 : 8}
            value={values.text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      {quick ? null : <ScaleFields field={field} setField={setField} />}
      {quick ? null : (
        <Field id="entry-tags" label="Tags (optional)" hint="Separate tags with commas, for example: sleep, family">
          {(wiring) => (
            <input {...wiring} value={field('tags')} onInput={(e) => setField('tags', e.currentTarget.value)} />
          )}
        </Field>
      )}
      <VoiceNotes
        ids={splitIds(field('voiceNoteIds'))}
        entryId={entry?.id}
        large={quick}
        onChange={(ids) => setField('voiceNoteIds', ids.join(','))}
      />
      <FormError message={error} />
      <div class="btn-row">
        <button type="submit" class={`btn${quick ? ' btn--large' : ''}`} disabled={busy}>
          Save entry
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => void discardChanges()}>
          {entry ? 'Discard changes' : 'Discard draft'}
        </button>
      </div>
    </form>
  );
}
