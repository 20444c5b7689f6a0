import { z } from 'zod/mini';

/** A voice note recorded on the device. The audio never leaves it. */
export const VoiceNoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  /** The entry it belongs to; absent while the entry is still a draft. */
  entryId: z.optional(z.string()),
  /** The recorded audio bytes (an ArrayBuffer stores reliably in every browser's IndexedDB). */
  audio: z.instanceof(ArrayBuffer),
  mimeType: z.string().check(z.minLength(1)),
  durationMs: z.number().check(z.refine((n) => n >= 0, { message: 'Negative duration' })),
});
/** A voice note recorded on the device. */
export type VoiceNote = z.infer<typeof VoiceNoteSchema>;

/** "1:05" for 65 seconds. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
