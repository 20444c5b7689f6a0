import { z } from 'zod/mini';
import { SafetyRuleIdSchema } from './safety-rule-id';

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));
const sentence = z.string().check(z.minLength(1), z.maxLength(600));

/** One block of a reading's text: a paragraph, a bulleted list, or numbered steps. No markup, no images. */
export const ReadingBlockSchema = z.union([
  sentence,
  z.object({ list: z.array(sentence).check(z.minLength(1)) }),
  z.object({ steps: z.array(sentence).check(z.minLength(1)) }),
]);
/** One block of a reading's text. */
export type ReadingBlock = z.infer<typeof ReadingBlockSchema>;

/** A headed section of a reading. Sections that explain a safety rule name it, so a link can land on them. */
export const ReadingSectionSchema = z.object({
  /** Unique within the reading; used as the anchor. */
  id: slug,
  heading: z.string().check(z.minLength(1), z.maxLength(120)),
  blocks: z.array(ReadingBlockSchema).check(z.minLength(1)),
  ruleIds: z.optional(z.array(SafetyRuleIdSchema)),
});
/** A headed section of a reading. */
export type ReadingSection = z.infer<typeof ReadingSectionSchema>;

/** Where a statement comes from: a study, a label, a clinic's published practice. */
export const ReadingSourceSchema = z.object({
  citation: z.string().check(z.minLength(1), z.maxLength(400)),
  url: z.optional(z.string().check(z.regex(/^https:\/\//), z.maxLength(400))),
});
/** Where a statement comes from. */
export type ReadingSource = z.infer<typeof ReadingSourceSchema>;

/**
 * A short reading in the "What to expect" library. Exported for protocol packs, which may add or replace readings.
 * Every reading says when it was last reviewed and what it rests on.
 */
export const ReadingSchema = z.object({
  id: slug,
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  /** One or two sentences for the library index. */
  summary: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Who it is mostly for. */
  audience: z.enum(['everyone', 'sitter']),
  /** Reading time in minutes. */
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(15)),
  /** ISO date (YYYY-MM-DD) of the last review. */
  reviewedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** The safety rules this reading explains (the pack's rule ids). */
  ruleIds: z.array(SafetyRuleIdSchema),
  sections: z.array(ReadingSectionSchema).check(
    z.minLength(1),
    z.refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, 'Section ids repeat'),
  ),
  sources: z.array(ReadingSourceSchema).check(z.minLength(1)),
});
/** A short reading in the "What to expect" library. */
export type Reading = z.infer<typeof ReadingSchema>;

/** Where a rule is explained: the reading, and the section within it when one names the rule. */
export interface RuleExplanation {
  reading: Reading;
  sectionId: string | undefined;
}

/** Finds the reading that explains a safety rule (the first reading that lists it). */
export function findRuleExplanation(readings: readonly Reading[], ruleId: string): RuleExplanation | undefined {
  const reading = readings.find((r) => r.ruleIds.some((id) => id === ruleId));
  if (!reading) return undefined;
  const section = reading.sections.find((s) => s.ruleIds?.some((id) => id === ruleId));
  return { reading, sectionId: section?.id };
}

/** A pack's readings laid over the defaults: same id replaces, new ids are added at the end. */
export function mergeReadings(defaults: readonly Reading[], fromPack: readonly Reading[]): Reading[] {
  const replaced = new Map(fromPack.map((r) => [r.id, r]));
  const merged = defaults.map((r) => replaced.get(r.id) ?? r);
  const known = new Set(defaults.map((r) => r.id));
  return [...merged, ...fromPack.filter((r) => !known.has(r.id))];
}

/** Parses readings from data, keeping the valid ones and counting the rest (a bad pack reading never crashes). */
export function parseReadings(values: readonly unknown[]): { readings: Reading[]; skipped: number } {
  const readings: Reading[] = [];
  let skipped = 0;
  for (const value of values) {
    const result = ReadingSchema.safeParse(value);
    if (result.success) readings.push(result.data);
    else skipped++;
  }
  return { readings, skipped };
}
