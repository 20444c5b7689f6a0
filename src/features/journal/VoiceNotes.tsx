import { useEffect, useRef, useState } from 'preact/hooks';
import type { VoiceNote } from '../../domain/journal-voice-note';
import {
  type ActiveRecording,
  beginRecording,
  canRecordAudio,
  RecordingError,
  type RecordingFailure,
} from '../../platform/media-recorder';
import { deleteVoiceNote, loadVoiceNote, saveVoiceNote } from '../../storage/voice-notes-store';
import { FormError } from '../../ui/FormError';
import { newId } from './new-id';
import { VoiceNotePlayer } from './VoiceNotePlayer';

/** Why a recording did not start, in plain words, each with the way on: writing. */
const FAILURE_TEXT: Record<RecordingFailure, string> = {
  unsupported: 'This browser cannot record voice notes. You can write your note instead.',
  'not-allowed':
    'Stillpoint was not allowed to use the microphone. You can allow it in the browser’s settings, or write instead.',
  'no-microphone': 'No microphone was found on this device. You can write your note instead.',
  microphone: 'The microphone could not be started. Try again, or write your note instead.',
};

/** Props of VoiceNotes. */
export interface VoiceNotesProps {
  ids: string[];
  /** The entry the notes belong to, when it has been saved already. */
  entryId?: string;
  onChange(ids: string[]): void;
  large?: boolean;
}

/** Records voice notes on the device, lists them with players, and deletes them (after a second tap). */
export function VoiceNotes({ ids, entryId, onChange, large = false }: VoiceNotesProps) {
  const [notes, setNotes] = useState<VoiceNote[]>([]);
  const [recording, setRecording] = useState<ActiveRecording | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cannotRecord, setCannotRecord] = useState(() => !canRecordAudio());
  const active = useRef<ActiveRecording | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let cancelled = false;
    Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((id) => loadVoiceNote(id)),
    )
      .then((loaded) => !cancelled && setNotes(loaded.filter((n): n is VoiceNote => n !== undefined)))
      .catch(() => !cancelled && setError('Could not read your voice notes.'));
    return () => {
      cancelled = true;
    };
  }, [key]);
  useEffect(() => () => active.current?.cancel(), []);

  async function start() {
    setError(null);
    try {
      const started = await beginRecording();
      active.current = started;
      setRecording(started);
    } catch (caught) {
      const failure = caught instanceof RecordingError ? caught.failure : 'microphone';
      // The microphone is already released (beginRecording sees to it); only the words are left to say.
      if (failure === 'unsupported') setCannotRecord(true);
      else setError(FAILURE_TEXT[failure]);
    }
  }

  async function stop() {
    if (!recording) return;
    try {
      const made = await recording.stop();
      const note: VoiceNote = { id: newId(), createdAt: new Date().toISOString(), ...made };
      if (entryId) note.entryId = entryId;
      await saveVoiceNote(note);
      onChange([...ids, note.id]);
    } catch {
      setError('The voice note could not be saved. Try again.');
    } finally {
      active.current = null;
      setRecording(null);
    }
  }

  async function remove(id: string) {
    try {
      await deleteVoiceNote(id);
      setConfirming(null);
      onChange(ids.filter((other) => other !== id));
    } catch {
      setError('The voice note could not be deleted. Try again.');
    }
  }

  return (
    <section class="voice-notes" aria-labelledby="voice-notes-title">
      <h2 id="voice-notes-title">Voice notes</h2>
      <p class="field__hint">Recorded and kept on this device only.</p>
      {notes.length > 0 ? (
        <ul class="list-plain">
          {notes.map((note, i) => (
            <li key={note.id}>
              <VoiceNotePlayer note={note} label={`Voice note ${i + 1}`} />
              {confirming === note.id ? (
                <div class="btn-row">
                  <button type="button" class="btn btn--danger" onClick={() => void remove(note.id)}>
                    Yes, delete voice note {i + 1}
                  </button>
                  <button type="button" class="btn btn--secondary" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <button type="button" class="btn btn--secondary" onClick={() => setConfirming(note.id)}>
                  Delete voice note {i + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <FormError message={error} />
      {cannotRecord ? (
        <p role="status">{FAILURE_TEXT.unsupported}</p>
      ) : recording ? (
        <div role="status">
          <p>Recording…</p>
          <button type="button" class={`btn btn--danger${large ? ' btn--large' : ''}`} onClick={() => void stop()}>
            Stop and keep
          </button>
        </div>
      ) : (
        <button type="button" class={`btn btn--secondary${large ? ' btn--large' : ''}`} onClick={() => void start()}>
          Record a voice note
        </button>
      )}
    </section>
  );
}
