import { z } from 'zod/mini';

// Sitter observations during a session (not the session-day readiness check-in): every 15 minutes for the first
// hour (Mindbloom PTM practice), then at an interval set on the session.

/** Minutes between sitter observations in the first hour. */
export const FIRST_HOUR_INTERVAL_MINUTES = 15;
/** The later interval a session starts with. */
export const DEFAULT_LATER_INTERVAL_MINUTES = 30;
/** The later intervals a person can choose. */
export const LATER_INTERVAL_CHOICES = [15, 20, 30, 45, 60] as const;

/** Where the person is lying or sitting. */
export const PositionSchema = z.enum(['on-back', 'on-side', 'sitting']);
/** Where the person is lying or sitting. */
export type Position = z.infer<typeof PositionSchema>;

/** What the sitter saw at one schedule mark: one tap per question, any may be left out. */
export const SitterObservationSchema = z.object({
  /** The schedule mark this answers, in minutes after the dose. */
  dueMinute: z.number().check(z.int(), z.minimum(0)),
  /** ISO time it was logged. */
  at: z.string(),
  awake: z.optional(z.enum(['awake', 'asleep'])),
  breathingNormal: z.optional(z.boolean()),
  nausea: z.optional(z.enum(['none', 'nausea', 'vomiting'])),
  position: z.optional(PositionSchema),
});
/** What the sitter saw at one schedule mark. */
export type SitterObservation = z.infer<typeof SitterObservationSchema>;

/** The schedule marks (minutes after the dose) up to and including `minutes`: 15, 30, 45, 60, then every N. */
export function observationMarksUpTo(minutes: number, laterInterval: number): number[] {
  const marks: number[] = [];
  const step = Math.max(1, Math.floor(laterInterval));
  for (let mark = FIRST_HOUR_INTERVAL_MINUTES; mark <= minutes; ) {
    marks.push(mark);
    mark += mark < 60 ? FIRST_HOUR_INTERVAL_MINUTES : step;
  }
  return marks;
}

/** The next schedule mark after `minutes`. */
export function nextObservationMark(minutes: number, laterInterval: number): number {
  const marks = observationMarksUpTo(minutes, laterInterval);
  const last = marks.at(-1);
  if (last === undefined) return FIRST_HOUR_INTERVAL_MINUTES;
  return last < 60 ? last + FIRST_HOUR_INTERVAL_MINUTES : last + Math.max(1, Math.floor(laterInterval));
}

/**
 * The observation due now: the latest mark reached that has not been logged, if any. Older marks missed while the
 * screen was off are not asked again; the latest one is what the sitter can still see.
 */
export function dueObservation(
  minutes: number,
  laterInterval: number,
  logged: readonly SitterObservation[],
): number | null {
  const latest = observationMarksUpTo(minutes, laterInterval).at(-1);
  if (latest === undefined) return null;
  return logged.some((entry) => entry.dueMinute === latest) ? null : latest;
}
