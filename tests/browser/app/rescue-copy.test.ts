import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadRescueCopy } from '../../../src/app/rescue-copy';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';

describe('the rescue copy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps voice-note audio, as base64, instead of writing an empty object', async () => {
    await closeDb();
    await deleteDb();
    const db = await getDb();
    const audio = new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'audio/webm' });
    await db.put('voiceNotes', { id: 'voice-1', entryId: 'e', createdAt: '2026-11-03T08:00:00.000Z', audio });
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:rescue';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    await downloadRescueCopy();

    const copy = JSON.parse((await saved?.text()) ?? '{}');
    expect(copy.stores.voiceNotes[0].audio).toEqual({
      $stillpointBinary: 'blob',
      type: 'audio/webm',
      base64: 'AQID+g==',
    });
  });
});
