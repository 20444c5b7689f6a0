import { z } from 'zod/mini';
import { SafetyRuleIdSchema } from './safety-rule-id';
import { VitalsSchema } from './session-vitals';

/** The side effects the after-session record asks about. */
export const SideEffectKindSchema = z.enum(['nausea', 'vomiting', 'dizziness', 'headache', 'bladder', 'other']);
/** One kind of side effect. */
export type SideEffectKind = z.infer<typeof SideEffectKindSchema>;

/** How strong a side effect was, in the person's own judgement. */
export const SeveritySchema = z.enum(['mild', 'moderate', 'severe']);
/** How strong a side effect was. */
export type Severity = z.infer<typeof SeveritySchema>;

/** One side effect the person recorded. */
export const SideEffectSchema = z.object({
  kind: SideEffectKindSchema,
  severity: SeveritySchema,
  /** What it was, for "other". */
  text: z.optional(z.string().check(z.maxLength(500))),
});
/** One side effect the person recorded. */
export type SideEffect = z.infer<typeof SideEffectSchema>;

/** What the person recorded after the session: side effects and, if taken then, vitals. */
export const AfterSessionSchema = z.object({
  sideEffects: z.array(SideEffectSchema),
  vitals: z.optional(VitalsSchema),
  /** ISO time it was last saved. */
  recordedAt: z.string(),
});
/** What the person recorded after the session. */
export type AfterSession = z.infer<typeof AfterSessionSchema>;

/** A rule shown after a session, with the source a clinician can check. */
export const AfterSessionRuleSchema = z.object({
  ruleId: SafetyRuleIdSchema,
  /** The rule in plain words. */
  text: z.string(),
  source: z.string(),
});
/** A rule shown after a session. */
export type AfterSessionRule = z.infer<typeof AfterSessionRuleSchema>;

/** A calendar date (no time, no zone). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of an instant in a time zone (the device's by default). */
export function calendarDateIn(instant: Date, timeZone?: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The day after a calendar date (month and year ends included). */
export function nextCalendarDay(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * The first day driving may be allowed under the no-driving rule: the day after the dose, in the person's own time
 * zone, after a night's sleep. A dose just before midnight still means the following day, never the same one.
 */
export function drivingNotBeforeDay(dosedAt: string, timeZone?: string): CalendarDate {
  return nextCalendarDay(calendarDateIn(new Date(dosedAt), timeZone));
}

/** A calendar date in words ("Sunday 22 November 2026") in the given or the device's locale, in any time zone. */
export function formatCalendarDate(date: CalendarDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)));
}

/** Whether two calendar dates are the same day. */
export function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whether a side effect should point to the care team. */
export function needsCareTeam(effects: readonly SideEffect[]): boolean {
  return effects.some((effect) => effect.severity === 'severe');
}
