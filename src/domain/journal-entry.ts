import { z } from 'zod/mini';

/** The lowest and highest point of the mood, energy and anxiety scales. */
export const SCALE_MIN = 1;
/** The highest point of the mood, energy and anxiety scales. */
export const SCALE_MAX = 5;

/** One answer on a 1–5 scale (a refine, not int/gte/lte: those would pull more of zod into the first screen). */
export const ScalePointSchema = z
  .number()
  .check(z.refine((n) => Number.isInteger(n) && n >= SCALE_MIN && n <= SCALE_MAX, { message: 'Not on the scale' }));

/**
 * A journal entry. Ids and dates stay top-level and in the clear; everything the person wrote lives in `text`,
 * `title` and `answers`, so the app lock can later encrypt them without a new data model.
 */
export const JournalEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: z.string().check(z.minLength(1)),
  updatedAt: z.string().check(z.minLength(1)),
  /** The dosing session this entry was written after, if any. */
  sessionId: z.optional(z.string()),
  title: z.optional(z.string()),
  text: z.string(),
  mood: z.optional(ScalePointSchema),
  energy: z.optional(ScalePointSchema),
  anxiety: z.optional(ScalePointSchema),
  tags: z.array(z.string()),
  /** The prompt set the person chose, if any. */
  promptSetId: z.optional(z.string()),
  /** Prompt id → what the person wrote (skipped prompts are absent). */
  answers: z.optional(z.record(z.string(), z.string())),
  voiceNoteIds: z.optional(z.array(z.string())),
});
/** A journal entry. */
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** Turns "calm, Sleep ,calm" into ["calm", "sleep"]: trimmed, lower-cased, without repeats or blanks. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(/[,\n]/)) {
    const tag = raw.trim().toLocaleLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** True when an entry holds something worth keeping (text, a title, an answer, a scale point or a voice note). */
export function hasContent(entry: Pick<JournalEntry, 'text' | 'title' | 'answers' | 'mood' | 'voiceNoteIds'>): boolean {
  if (entry.text.trim() || entry.title?.trim()) return true;
  if (entry.mood !== undefined) return true;
  if ((entry.voiceNoteIds?.length ?? 0) > 0) return true;
  return Object.values(entry.answers ?? {}).some((answer) => answer.trim() !== '');
}

export { entryHeadline } from './entry-headline';
