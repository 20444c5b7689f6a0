import { z } from 'zod/mini';

/** What the body does in one phase: breathe in, top up the in-breath (cyclic sighing), hold, or breathe out. */
export const BreathPhaseKindSchema = z.enum(['inhale', 'top-up', 'hold', 'exhale']);
/** What the body does in one phase. */
export type BreathPhaseKind = z.infer<typeof BreathPhaseKindSchema>;

/** Longest a single phase may last, in seconds (a hold longer than this is not a calm practice). */
export const MAX_PHASE_SECONDS = 30;
/** Shortest and longest a whole cycle may last, in seconds. */
export const CYCLE_SECONDS = { min: 2, max: 90 } as const;
/** Most phases one cycle may have. */
export const MAX_PHASES = 8;
/** Longest a pattern's name may be. */
export const MAX_NAME_LENGTH = 60;

/** One phase of a breath cycle. Seconds may have one decimal (5.5 s); a 0 s phase is skipped. */
export const BreathPhaseSchema = z.object({
  kind: BreathPhaseKindSchema,
  seconds: z.number().check(z.gte(0), z.lte(MAX_PHASE_SECONDS)),
});
/** One phase of a breath cycle. */
export type BreathPhase = z.infer<typeof BreathPhaseSchema>;

/** Where a library pattern comes from, so a person (or their clinic) can check it. */
export const BreathSourceSchema = z.object({
  citation: z.string().check(z.minLength(1)),
  /** https only: a pack's link must not open a page over plain HTTP (or run script, as javascript: would). */
  url: z.optional(z.string().check(z.regex(/^https:\/\//), z.maxLength(400))),
});
/** Where a library pattern comes from. */
export type BreathSource = z.infer<typeof BreathSourceSchema>;

/** A breath pattern: a named cycle of phases. Library patterns carry a source; custom ones are the person's own. */
export const BreathPatternSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  /** One short line on what it is for and how it feels. */
  summary: z.optional(z.string()),
  phases: z.array(BreathPhaseSchema).check(z.minLength(1), z.maxLength(MAX_PHASES)),
  /** Suggested practice length in minutes. */
  defaultMinutes: z.number().check(z.gte(1), z.lte(60)),
  source: z.optional(BreathSourceSchema),
  /** True for patterns the person made (stored in the breathPatterns store). */
  custom: z.boolean(),
  createdAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
});
/** A breath pattern. */
export type BreathPattern = z.infer<typeof BreathPatternSchema>;

/** One thing wrong with a pattern, in plain words, and which field it is about. */
export interface PatternProblem {
  /** "name", "phases", or "phase-<index>" for one phase's seconds. */
  field: string;
  message: string;
}

/** The length of one cycle in whole milliseconds (seconds are rounded to the millisecond so sums stay exact). */
export function cycleMs(phases: readonly BreathPhase[]): number {
  return phases.reduce((sum, phase) => sum + secondsToMs(phase.seconds), 0);
}

/** Seconds to whole milliseconds. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/**
 * Everything wrong with a pattern a person has made, in words they can act on; an empty list means it is usable.
 * The engine refuses what this refuses, so a bad stored record can never start a practice.
 */
export function patternProblems(pattern: Pick<BreathPattern, 'name' | 'phases'>): PatternProblem[] {
  const problems: PatternProblem[] = [];
  const name = pattern.name.trim();
  if (name.length === 0) problems.push({ field: 'name', message: 'Give the pattern a name.' });
  if (name.length > MAX_NAME_LENGTH)
    problems.push({ field: 'name', message: `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.` });
  pattern.phases.forEach((phase, index) => {
    if (!Number.isFinite(phase.seconds) || phase.seconds < 0 || phase.seconds > MAX_PHASE_SECONDS)
      problems.push({
        field: `phase-${index}`,
        message: `Each phase must be between 0 and ${MAX_PHASE_SECONDS} seconds.`,
      });
  });
  if (pattern.phases.length === 0 || pattern.phases.length > MAX_PHASES)
    problems.push({ field: 'phases', message: `A pattern needs between 1 and ${MAX_PHASES} phases.` });
  const timed = pattern.phases.filter((phase) => phase.seconds > 0);
  if (!timed.some((phase) => phase.kind === 'inhale'))
    problems.push({
      field: 'phases',
      message: 'A pattern needs at least one breath in that lasts longer than 0 seconds.',
    });
  if (!timed.some((phase) => phase.kind === 'exhale'))
    problems.push({
      field: 'phases',
      message: 'A pattern needs at least one breath out that lasts longer than 0 seconds.',
    });
  if (problems.length > 0) return problems;
  const total = cycleMs(pattern.phases) / 1000;
  if (total < CYCLE_SECONDS.min)
    problems.push({ field: 'phases', message: `One full breath must last at least ${CYCLE_SECONDS.min} seconds.` });
  if (total > CYCLE_SECONDS.max)
    problems.push({ field: 'phases', message: `One full breath must last no more than ${CYCLE_SECONDS.max} seconds.` });
  return problems;
}

/** The words shown and spoken for each phase. */
export const PHASE_WORDS: Record<BreathPhaseKind, string> = {
  inhale: 'Breathe in',
  'top-up': 'A little more in',
  hold: 'Hold',
  exhale: 'Breathe out',
};

/** A short label for a cycle, e.g. "4 · 7 · 8". */
export function rhythmLabel(phases: readonly BreathPhase[]): string {
  return phases
    .filter((phase) => phase.seconds > 0)
    .map((phase) => String(phase.seconds))
    .join(' · ');
}
