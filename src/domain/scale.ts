import { z } from 'zod/mini';
import { SCALE_IDS } from './scale-id';

/** The scales Stillpoint offers. Stored in results: never rename one. */
export const ScaleIdSchema = z.enum(SCALE_IDS);
export { SCALE_NAMES, type ScaleId } from './scale-id';

/** One answer choice: the points it scores, its published label, and its LOINC answer code where one is known. */
export const ScaleOptionSchema = z.object({
  value: z.number().check(z.int(), z.nonnegative()),
  label: z.string().check(z.minLength(1)),
  loinc: z.optional(z.string()),
});
/** One answer choice. */
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;

/** One question. Unscored items (PHQ-9's difficulty question) carry their own options and add nothing to the total. */
export const ScaleItemSchema = z.object({
  /** Stored in results and sent as the FHIR linkId: never rename one. */
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  /** LOINC code of the question, where one is known (the FHIR Questionnaire item's code; its linkId is the id). */
  loinc: z.optional(z.string()),
  scored: z.boolean(),
  /** Answer choices for this item only; otherwise the scale's options. */
  options: z.optional(z.array(ScaleOptionSchema)),
  /** Unscored items may be left blank. */
  optional: z.optional(z.boolean()),
});
/** One question. */
export type ScaleItem = z.infer<typeof ScaleItemSchema>;

/** A range of totals with its published meaning, in plain words. `from` and `to` are inclusive. */
export const ScaleBandSchema = z.object({
  from: z.number().check(z.int()),
  to: z.number().check(z.int()),
  label: z.string().check(z.minLength(1)),
  meaning: z.string(),
});
/** A range of totals with its meaning. */
export type ScaleBand = z.infer<typeof ScaleBandSchema>;

/** Why a result needs a person's attention. Read by sharing to flag it for the coach: never rename one. */
export const AttentionReasonSchema = z.enum(['phq9-item9']);
/** Why a result needs a person's attention. */
export type AttentionReason = z.infer<typeof AttentionReasonSchema>;

/** An answer that needs attention the moment it is chosen (e.g. PHQ-9 item 9 above zero). */
export const AttentionRuleSchema = z.object({
  itemId: z.string(),
  /** The rule fires when the answer is at least this. */
  atLeast: z.number().check(z.int()),
  reason: AttentionReasonSchema,
});
/** An answer that needs attention. */
export type AttentionRule = z.infer<typeof AttentionRuleSchema>;

/** A questionnaire as published: wording, answer choices, severity bands, codes and source. */
export const ScaleDefinitionSchema = z.object({
  id: ScaleIdSchema,
  /** Short name, e.g. "PHQ-9". */
  name: z.string(),
  /** What it is about, in plain words, e.g. "Mood (depression)". */
  about: z.string(),
  instructions: z.string(),
  /** The question stem shown before the items, e.g. "Over the last 2 weeks, how often…". */
  stem: z.string(),
  items: z.array(ScaleItemSchema).check(z.minLength(1)),
  options: z.array(ScaleOptionSchema).check(z.minLength(2)),
  bands: z.array(ScaleBandSchema).check(z.minLength(1)),
  /** Said with every result: a questionnaire is not a diagnosis. */
  caution: z.string(),
  attention: z.array(AttentionRuleSchema),
  loinc: z.object({
    /** The panel (questionnaire) code; left out when it could not be verified. */
    panel: z.optional(z.string()),
    /** The total score code. */
    total: z.optional(z.string()),
  }),
  /** The FHIR Questionnaire Stillpoint publishes for this wording (see fhir-questionnaire.ts). */
  fhir: z.object({
    /** The last part of its canonical URL (…/Questionnaire/phq-9). Receivers file answers under it: never change it. */
    id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
    /** Raised whenever an item, its wording or its choices change, so a response names the wording it answered. */
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  }),
  source: z.object({ citation: z.string(), url: z.string() }),
  /** Who holds the rights and on what terms it may be shown, as the form's screen says it. */
  copyright: z.string(),
});
/** A questionnaire as published. */
export type ScaleDefinition = z.infer<typeof ScaleDefinitionSchema>;

/** The answer choices an item offers. */
export function optionsFor(scale: ScaleDefinition, item: ScaleItem): ScaleOption[] {
  return item.options ?? scale.options;
}

/** The highest total the scale can reach. */
export function maxTotal(scale: ScaleDefinition): number {
  const top = Math.max(...scale.options.map((o) => o.value));
  return scale.items.filter((item) => item.scored).length * top;
}
