import { z } from 'zod/mini';

// Slugs are checked with a refine rather than z.regex, which would pull more of zod into the first screen.
const SlugSchema = z.string().check(z.refine((s) => /^[a-z0-9-]+$/.test(s), { message: 'Use a-z, 0-9 and -' }));

/** When a prompt set is meant for: right after a session, the next day, or a week later. */
export const PromptTimingSchema = z.enum(['after-session', 'next-day', 'one-week']);
/** When a prompt set is meant for. */
export type PromptTiming = z.infer<typeof PromptTimingSchema>;

/** One journal prompt: a stable id (answers are stored under it) and its question. */
export const JournalPromptSchema = z.object({
  id: SlugSchema,
  text: z.string().check(z.minLength(1)),
});
/** One journal prompt. */
export type JournalPrompt = z.infer<typeof JournalPromptSchema>;

/** A set of prompts shown one at a time, each skippable. The protocol pack will supply these later. */
export const PromptSetSchema = z
  .object({
    id: SlugSchema,
    timing: PromptTimingSchema,
    title: z.string().check(z.minLength(1)),
    prompts: z.array(JournalPromptSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((set) => new Set(set.prompts.map((p) => p.id)).size === set.prompts.length, {
      message: 'Prompt ids must be unique within a set',
    }),
  );
/** A set of journal prompts. */
export type PromptSet = z.infer<typeof PromptSetSchema>;

/** A list of prompt sets whose ids are unique. */
export const PromptSetListSchema = z
  .array(PromptSetSchema)
  .check(
    z.refine((sets) => new Set(sets.map((s) => s.id)).size === sets.length, { message: 'Set ids must be unique' }),
  );

const HOUR_MS = 3_600_000;

/** Which timing suits a moment: within a day of the session, a few days after, or later. */
export function suggestedTiming(sessionEndedAt: Date, now: Date): PromptTiming {
  const hours = (now.getTime() - sessionEndedAt.getTime()) / HOUR_MS;
  if (hours < 18) return 'after-session';
  if (hours < 96) return 'next-day';
  return 'one-week';
}
