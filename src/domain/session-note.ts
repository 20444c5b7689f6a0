import { z } from 'zod/mini';

/** A quick note written during a session, with the time it was saved. */
export const SessionNoteSchema = z.object({
  at: z.string(),
  text: z.string().check(z.minLength(1), z.maxLength(5000)),
});
/** A quick note written during a session. */
export type SessionNote = z.infer<typeof SessionNoteSchema>;
