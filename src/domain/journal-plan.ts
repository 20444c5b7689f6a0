import { z } from 'zod/mini';
import { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up-kind';

// The issue calls these "check-ins"; in Stillpoint that word always means the readiness check, so here they are
// follow-ups, in code and on screen.

/** The three integration follow-ups: 72 hours, one week and one month after a session. */
export const FollowUpKindSchema = z.enum(FOLLOW_UP_KINDS);
export { dueFollowUps, FOLLOW_UP_LABELS, type FollowUpKind } from './follow-up-kind';

/**
 * One follow-up on a small commitment. A commitment made after a session becomes three records, one per follow-up,
 * each with its own top-level `dueAt` so the 'by-date' index finds what is due. The commitment's words live in
 * `text` (one field, so the app lock can encrypt it).
 */
export const PlanFollowUpSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Shared by the three follow-ups of one commitment. */
  planId: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  dueAt: z.string(),
  kind: FollowUpKindSchema,
  sessionId: z.optional(z.string()),
  /** The commitment, in the person's words. */
  text: z.string().check(z.minLength(1)),
  /** When the person checked in; absent while still open. */
  doneAt: z.optional(z.string()),
  /** How it went, in the person's words. */
  note: z.optional(z.string()),
});
/** One follow-up on a small commitment. */
export type PlanFollowUp = z.infer<typeof PlanFollowUpSchema>;

const HOUR_MS = 3_600_000;

/** The due time of each follow-up after a session: +72 hours, +7 days, +1 calendar month (clamped to month end). */
export function followUpDueDates(from: Date): Record<FollowUpKind, Date> {
  const month = new Date(from);
  const day = month.getDate();
  month.setDate(1);
  month.setMonth(month.getMonth() + 1);
  const lastDay = new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
  month.setDate(Math.min(day, lastDay));
  return {
    '72h': new Date(from.getTime() + 72 * HOUR_MS),
    '1w': new Date(from.getTime() + 7 * 24 * HOUR_MS),
    '1m': month,
  };
}

/** Turns a commitment into its three follow-up records. */
export function makeFollowUps(options: {
  planId: string;
  text: string;
  from: Date;
  now: Date;
  sessionId?: string;
  newId: () => string;
}): PlanFollowUp[] {
  const due = followUpDueDates(options.from);
  return FOLLOW_UP_KINDS.map((kind) => ({
    id: options.newId(),
    planId: options.planId,
    createdAt: options.now.toISOString(),
    dueAt: due[kind].toISOString(),
    kind,
    text: options.text,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  }));
}
