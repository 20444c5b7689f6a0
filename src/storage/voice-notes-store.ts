import { type VoiceNote, VoiceNoteSchema } from '../domain/journal-voice-note';
import { getRecord, readRecords } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
import { STORES } from './schema';
import { type StoredVoiceNote, StoredVoiceNoteSchema, toBytesNote } from './voice-note-record';

/** Turns a stored note's audio into bytes; an older Blob note is written back as bytes (best effort: if that
 * write is refused, for instance while locked, it is simply converted again next time). */
async function asBytes(stored: StoredVoiceNote): Promise<VoiceNote> {
  const { note, converted } = await toBytesNote(stored);
  if (converted) await saveVoiceNote(note).catch(() => undefined);
  return note;
}

/** Saves a voice note durably. */
export function saveVoiceNote(note: VoiceNote): Promise<void> {
  return putRecord(STORES.voiceNotes, VoiceNoteSchema, note);
}

/** Reads one voice note. */
export async function loadVoiceNote(id: string): Promise<VoiceNote | undefined> {
  const stored = await getRecord(STORES.voiceNotes, StoredVoiceNoteSchema, id);
  return stored ? asBytes(stored) : undefined;
}

/** Deletes a voice note. */
export function deleteVoiceNote(id: string): Promise<void> {
  return deleteRecord(STORES.voiceNotes, id);
}

/** The voice notes attached to an entry, oldest first (by the 'by-entry' index). */
export async function listVoiceNotesForEntry(entryId: string): Promise<VoiceNote[]> {
  const stored = await readRecords(STORES.voiceNotes, StoredVoiceNoteSchema, {
    index: 'by-entry',
    range: IDBKeyRange.only(entryId),
  });
  const out: VoiceNote[] = [];
  for (const note of stored) out.push(await asBytes(note));
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Links voice notes recorded in a draft to the entry once it is saved. */
export async function attachVoiceNotes(ids: readonly string[], entryId: string): Promise<void> {
  for (const id of ids) {
    const note = await loadVoiceNote(id);
    if (note && note.entryId !== entryId) await saveVoiceNote({ ...note, entryId });
  }
}
