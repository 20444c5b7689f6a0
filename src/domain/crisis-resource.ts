import { z } from 'zod/mini';

/** One way to reach help in a crisis: a number to call or text, with plain words about when to use it. */
export const CrisisResourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** What to dial or text, exactly as shown. */
  number: z.string().check(z.regex(/^[0-9+*#]{2,20}$/)),
  /** "call", "text", or both. */
  channels: z.array(z.enum(['call', 'text'])).check(z.minLength(1)),
  /** For text lines: the word to send, e.g. HOME. */
  textBody: z.optional(z.string()),
  when: z.string(),
});
/** One way to reach help in a crisis. */
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;
