import { z } from 'zod/mini';
import { AttentionReasonSchema, ScaleIdSchema } from './scale';

/**
 * One completed questionnaire. Stored in `scaleResults` ('by-date' on completedAt). Total and band are kept as
 * computed when it was taken, so a later change of wording never rewrites a past result.
 */
export const ScaleResultSchema = z.object({
  id: z.string().check(z.minLength(1)),
  scaleId: ScaleIdSchema,
  /** ISO date-time the person finished it. */
  completedAt: z.string(),
  /** Item id → the points of the chosen answer (unscored items included). */
  answers: z.record(z.string(), z.number().check(z.int(), z.nonnegative())),
  total: z.number().check(z.int(), z.nonnegative()),
  /** The band's label as shown then, e.g. "Moderate". */
  band: z.string(),
  /** True when an answer needs attention at once (sharing flags these for the coach). */
  needsAttention: z.boolean(),
  attentionReason: z.optional(AttentionReasonSchema),
  /** The dosing session this questionnaire belongs to, if the person linked one. */
  sessionId: z.optional(z.string()),
});
/** One completed questionnaire. */
export type ScaleResult = z.infer<typeof ScaleResultSchema>;
