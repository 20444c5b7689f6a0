import { beforeEach, describe, expect, it } from 'vitest';
import {
  attachVoiceNotes,
  deleteVoiceNote,
  listVoiceNotesForEntry,
  loadVoiceNote,
  saveVoiceNote,
} from '../../../src/storage/voice-notes-store';
import { makeVoiceNote } from '../../fixtures/journal-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('the voice notes store', () => {
  beforeEach(openTestDb);

  it('keeps the audio bytes, type and duration', async () => {
    const note = makeVoiceNote();
    await saveVoiceNote(note);
    const read = await loadVoiceNote(note.id);
    expect(read?.mimeType).toBe('audio/webm');
    expect(read?.durationMs).toBe(4000);
    expect([...new Uint8Array(read?.audio ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 4]);
  });

  it('links notes recorded in a draft to the entry once it is saved', async () => {
    await saveVoiceNote(makeVoiceNote({ id: 'v1', createdAt: '2026-11-02T18:05:00.000Z' }));
    await saveVoiceNote(makeVoiceNote({ id: 'v2', createdAt: '2026-11-02T18:01:00.000Z' }));
    await attachVoiceNotes(['v1', 'v2'], 'e1');
    expect((await listVoiceNotesForEntry('e1')).map((n) => n.id)).toEqual(['v2', 'v1']);
  });

  it('deletes a note', async () => {
    await saveVoiceNote(makeVoiceNote({ id: 'v1', entryId: 'e1' }));
    await deleteVoiceNote('v1');
    expect(await listVoiceNotesForEntry('e1')).toEqual([]);
  });
});
