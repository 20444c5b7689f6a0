import { type VoiceNote, VoiceNoteSchema } from '../domain/journal-voice-note';
import { getDb } from './db';
import { deleteRecord, getRecord, openRecords, putRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

/** Saves a voice note durably. */
export function saveVoiceNote(note: VoiceNote): Promise<void> {
  return putRecord(STORES.voiceNotes, VoiceNoteSchema, note);
}

/** Reads one voice note. */
export function loadVoiceNote(id: string): Promise<VoiceNote | undefined> {
  return getRecord(STORES.voiceNotes, VoiceNoteSchema, id);
}

/** Deletes a voice note. */
export function deleteVoiceNote(id: string): Promise<void> {
  return deleteRecord(STORES.voiceNotes, id);
}

/** The voice notes attached to an entry, oldest first (by the 'by-entry' index). */
export async function listVoiceNotesForEntry(entryId: string): Promise<VoiceNote[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.voiceNotes, 'readonly');
    const raw: { value: unknown; key: IDBValidKey }[] = [];
    let cursor = await tx.store.index('by-entry').openCursor(IDBKeyRange.only(entryId));
    while (cursor) {
      raw.push({ value: cursor.value, key: cursor.primaryKey });
      cursor = await cursor.continue();
    }
    await tx.done;
    const out = await openRecords(STORES.voiceNotes, VoiceNoteSchema, raw);
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Links voice notes recorded in a draft to the entry once it is saved. */
export async function attachVoiceNotes(ids: readonly string[], entryId: string): Promise<void> {
  for (const id of ids) {
    const note = await loadVoiceNote(id);
    if (note && note.entryId !== entryId) await saveVoiceNote({ ...note, entryId });
  }
}
