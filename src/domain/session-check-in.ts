import { z } from 'zod/mini';

// Sitter check-ins during a session (not the session-day readiness check): every 15 minutes for the first hour
// (Mindbloom PTM practice), then at an interval set on the session.

/** Minutes between sitter check-ins in the first hour. */
export const FIRST_HOUR_INTERVAL_MINUTES = 15;
/** The later interval a session starts with. */
export const DEFAULT_LATER_INTERVAL_MINUTES = 30;
/** The later intervals a person can choose. */
export const LATER_INTERVAL_CHOICES = [15, 20, 30, 45, 60] as const;

/** Where the person is lying or sitting. */
export const PositionSchema = z.enum(['on-back', 'on-side', 'sitting']);
/** Where the person is lying or sitting. */
export type Position = z.infer<typeof PositionSchema>;

/** What the sitter saw at one check-in: one tap per observation, any may be left out. */
export const SitterCheckInSchema = z.object({
  /** The schedule mark this answers, in minutes after the dose. */
  dueMinute: z.number().check(z.int(), z.minimum(0)),
  /** ISO time it was logged. */
  at: z.string(),
  awake: z.optional(z.enum(['awake', 'asleep'])),
  breathingNormal: z.optional(z.boolean()),
  nausea: z.optional(z.enum(['none', 'nausea', 'vomiting'])),
  position: z.optional(PositionSchema),
});
/** What the sitter saw at one check-in. */
export type SitterCheckIn = z.infer<typeof SitterCheckInSchema>;

/** The schedule marks (minutes after the dose) up to and including `minutes`: 15, 30, 45, 60, then every N. */
export function checkInMarksUpTo(minutes: number, laterInterval: number): number[] {
  const marks: number[] = [];
  const step = Math.max(1, Math.floor(laterInterval));
  for (let mark = FIRST_HOUR_INTERVAL_MINUTES; mark <= minutes; ) {
    marks.push(mark);
    mark += mark < 60 ? FIRST_HOUR_INTERVAL_MINUTES : step;
  }
  return marks;
}

/** The next schedule mark after `minutes`. */
export function nextCheckInMark(minutes: number, laterInterval: number): number {
  const marks = checkInMarksUpTo(minutes, laterInterval);
  const last = marks.at(-1);
  if (last === undefined) return FIRST_HOUR_INTERVAL_MINUTES;
  return last < 60 ? last + FIRST_HOUR_INTERVAL_MINUTES : last + Math.max(1, Math.floor(laterInterval));
}

/**
 * The check-in due now: the latest mark reached that has not been logged, if any. Older marks missed while the
 * screen was off are not asked again; the latest one is what the sitter can still see.
 */
export function dueCheckIn(minutes: number, laterInterval: number, logged: readonly SitterCheckIn[]): number | null {
  const latest = checkInMarksUpTo(minutes, laterInterval).at(-1);
  if (latest === undefined) return null;
  return logged.some((entry) => entry.dueMinute === latest) ? null : latest;
}
