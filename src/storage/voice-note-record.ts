// How a voice note is read back. Today's notes keep their audio as bytes (an ArrayBuffer) with its type: WebKit
// refuses Blobs in IndexedDB in private sessions. A note written as a Blob (or as a Uint8Array) still reads, and is
// turned into bytes; the store then writes it back as bytes. No database version is needed: the conversion is async
// (Blob.arrayBuffer), which an upgrade transaction cannot wait for, so it happens on read.
import { z } from 'zod/mini';
import { type VoiceNote, VoiceNoteSchema } from '../domain/journal-voice-note';

/** Every shape a stored voice note may have: bytes, or the older Blob and typed-array forms. */
export const StoredVoiceNoteSchema = z.object({
  ...VoiceNoteSchema.shape,
  audio: z.union([z.instanceof(ArrayBuffer), z.instanceof(Uint8Array), z.instanceof(Blob)]),
  /** A Blob carried its own type; such a note may lack this field. */
  mimeType: z.optional(z.string()),
});
/** A voice note as it may be stored. */
export type StoredVoiceNote = z.infer<typeof StoredVoiceNoteSchema>;

/** Used when neither the note nor its Blob named a type: Chromium's recorder default, the likeliest writer. */
const FALLBACK_TYPE = 'audio/webm';

/** The note with its audio as bytes, and whether it had to be converted (then it should be written back). */
export async function toBytesNote(stored: StoredVoiceNote): Promise<{ note: VoiceNote; converted: boolean }> {
  const { audio, mimeType, ...rest } = stored;
  if (audio instanceof ArrayBuffer && mimeType) return { note: { ...rest, audio, mimeType }, converted: false };
  const type = mimeType || (audio instanceof Blob ? audio.type : '') || FALLBACK_TYPE;
  const bytes =
    audio instanceof Blob ? await audio.arrayBuffer() : audio instanceof Uint8Array ? audio.slice().buffer : audio;
  return { note: VoiceNoteSchema.parse({ ...rest, audio: bytes, mimeType: type }), converted: true };
}
