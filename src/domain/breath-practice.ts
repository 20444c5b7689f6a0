import { z } from 'zod/mini';
import { elapsedAt, type PracticeClock, type PracticeLength } from './breath-engine';
import { BreathPhaseSchema } from './breath-pattern';

/** Where a practice is in its life: running or paused (it survives a reload), or over. */
export const PracticeStatusSchema = z.enum(['running', 'paused', 'completed', 'stopped']);
/** Where a practice is in its life. */
export type PracticeStatus = z.infer<typeof PracticeStatusSchema>;

/** How the practice guides a person: sound, vibration, a dim screen, or sound only with the eyes closed. */
export const CuePreferencesSchema = z.object({
  sound: z.boolean(),
  /** 0–1. */
  volume: z.number().check(z.gte(0), z.lte(1)),
  vibration: z.boolean(),
  dim: z.boolean(),
  eyesClosed: z.boolean(),
});
/** How the practice guides a person. */
export type CuePreferences = z.infer<typeof CuePreferencesSchema>;

/** Cue preferences for a first practice (later practices start from the last one's). */
export const DEFAULT_CUES: CuePreferences = {
  sound: true,
  volume: 0.5,
  vibration: true,
  dim: false,
  eyesClosed: false,
};

/**
 * One breathing practice, logged in the `practices` store ('by-date' on startedAt). While it runs the record also
 * holds the clock (start time in epoch ms, pause state), so a reload resumes at the exact phase. The pattern's
 * phases are copied in, so editing or deleting a custom pattern never changes a logged practice.
 */
export const PracticeRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** ISO start time (the by-date index). */
  startedAt: z.string(),
  /** The same moment in epoch milliseconds, with sub-millisecond precision, for the engine. */
  startedAtMs: z.number(),
  pausedMs: z.number().check(z.gte(0)),
  pausedAtMs: z.nullable(z.number()),
  status: PracticeStatusSchema,
  patternId: z.string(),
  patternName: z.string(),
  phases: z.array(BreathPhaseSchema).check(z.minLength(1)),
  /** The length chosen, in minutes. */
  minutes: z.number().check(z.gt(0)),
  /** The practice's planned length in ms (whole cycles). */
  plannedMs: z.number().check(z.gt(0)),
  /** Time actually practised, set when it ends. */
  practisedMs: z.optional(z.number()),
  endedAt: z.optional(z.string()),
  cues: CuePreferencesSchema,
});
/** One breathing practice. */
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>;

/** The engine's clock of a practice record. */
export function clockOf(record: PracticeRecord): PracticeClock {
  return { startedAt: record.startedAtMs, pausedMs: record.pausedMs, pausedAt: record.pausedAtMs };
}

/** The engine's length of a practice record. */
export function lengthOf(record: PracticeRecord): PracticeLength {
  return { minutes: record.minutes };
}

/** True while the practice can still be resumed. */
export function isOpen(record: PracticeRecord): boolean {
  return record.status === 'running' || record.status === 'paused';
}

/** The record closed as completed or stopped at `now`, with the time practised. */
export function closePractice(record: PracticeRecord, status: 'completed' | 'stopped', now: number): PracticeRecord {
  const practisedMs = Math.min(record.plannedMs, elapsedAt(clockOf(record), now));
  const endedAtMs =
    status === 'completed' ? record.startedAtMs + record.pausedMs + record.plannedMs : (record.pausedAtMs ?? now);
  return {
    ...record,
    status,
    practisedMs: Math.round(status === 'completed' ? record.plannedMs : practisedMs),
    endedAt: new Date(Math.min(endedAtMs, now)).toISOString(),
    pausedAtMs: null,
  };
}
