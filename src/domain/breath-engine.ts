// The breath engine: where a practice is at any moment, computed from its stored start time (never by counting
// ticks), so a late timer, a hidden tab or a reload can never make it drift. All times are milliseconds.
import { type BreathPattern, type BreathPhaseKind, patternProblems, secondsToMs } from './breath-pattern';

/** How long a practice runs: a number of minutes (rounded to whole cycles) or a number of cycles. */
export type PracticeLength = { minutes: number } | { cycles: number };

/** Longest practice the engine accepts, in minutes. */
export const MAX_PRACTICE_MINUTES = 120;

/** One timed phase of a planned practice, with how full the lungs are at its start and end (0–1, for the guide). */
export interface PlannedPhase {
  kind: BreathPhaseKind;
  /** Offset of the phase from the start of its cycle. */
  offsetMs: number;
  durationMs: number;
  fromLevel: number;
  toLevel: number;
}

/** A pattern made ready to run: its timed phases (0 s phases dropped), cycle length and total length. */
export interface BreathPlan {
  phases: readonly PlannedPhase[];
  cycleMs: number;
  cycles: number;
  totalMs: number;
}

/** The start and pause state of a practice: all the engine needs to know where it is. Times are epoch ms. */
export interface PracticeClock {
  startedAt: number;
  /** Time spent paused before the current pause (or in total, once resumed). */
  pausedMs: number;
  /** When the current pause began, or null while running. */
  pausedAt: number | null;
}

/** Where a practice is at one moment. */
export interface BreathPosition {
  done: boolean;
  /** Time practised so far (paused time excluded), capped at the total. */
  elapsedMs: number;
  remainingMs: number;
  /** Zero-based cycle number. */
  cycle: number;
  /** Index into plan.phases. */
  phaseIndex: number;
  kind: BreathPhaseKind;
  phaseElapsedMs: number;
  phaseMs: number;
  /** 0 at the start of the phase, 1 at its end. */
  phaseProgress: number;
  /** How full the lungs are (0–1), eased, for the visual guide. */
  level: number;
}

/** A moment at which a phase begins, as time practised since the start. */
export interface PhaseBoundary {
  atElapsedMs: number;
  cycle: number;
  phaseIndex: number;
  kind: BreathPhaseKind;
}

/** Thrown when a pattern or length cannot make a practice. */
export class InvalidPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPatternError';
  }
}

const TOP_UP_START_LEVEL = 0.8;

/** Plans a practice of a pattern; refuses a pattern with problems or a length outside 1 cycle to 2 hours. */
export function planPractice(pattern: Pick<BreathPattern, 'name' | 'phases'>, length: PracticeLength): BreathPlan {
  const problems = patternProblems(pattern);
  if (problems.length > 0) throw new InvalidPatternError(problems.map((p) => p.message).join(' '));
  const timed = pattern.phases.filter((phase) => secondsToMs(phase.seconds) > 0);
  const phases: PlannedPhase[] = [];
  let offsetMs = 0;
  let level = 0;
  timed.forEach((phase, index) => {
    const durationMs = secondsToMs(phase.seconds);
    const toLevel = levelAfter(phase.kind, level, timed[index + 1]?.kind);
    phases.push({ kind: phase.kind, offsetMs, durationMs, fromLevel: level, toLevel });
    offsetMs += durationMs;
    level = toLevel;
  });
  const cycleMs = offsetMs;
  const cycles = cyclesFor(length, cycleMs);
  return { phases, cycleMs, cycles, totalMs: cycles * cycleMs };
}

function levelAfter(kind: BreathPhaseKind, level: number, next: BreathPhaseKind | undefined): number {
  if (kind === 'inhale') return next === 'top-up' ? TOP_UP_START_LEVEL : 1;
  if (kind === 'top-up') return 1;
  if (kind === 'exhale') return 0;
  return level;
}

function cyclesFor(length: PracticeLength, cycleMs: number): number {
  if ('cycles' in length) {
    if (!Number.isInteger(length.cycles) || length.cycles < 1)
      throw new InvalidPatternError('Choose at least one breath.');
    if (length.cycles * cycleMs > MAX_PRACTICE_MINUTES * 60_000)
      throw new InvalidPatternError(`A practice can last up to ${MAX_PRACTICE_MINUTES} minutes.`);
    return length.cycles;
  }
  if (!Number.isFinite(length.minutes) || length.minutes <= 0 || length.minutes > MAX_PRACTICE_MINUTES)
    throw new InvalidPatternError(`Choose a length between 1 and ${MAX_PRACTICE_MINUTES} minutes.`);
  // Whole cycles only, so a practice always ends after a breath out.
  return Math.max(1, Math.round((length.minutes * 60_000) / cycleMs));
}

/** A clock for a practice that starts now. */
export function startClock(now: number): PracticeClock {
  return { startedAt: now, pausedMs: 0, pausedAt: null };
}

/** Time practised by `now`: wall time since the start minus every pause (a pause in progress counts up to now). */
export function elapsedAt(clock: PracticeClock, now: number): number {
  const pausedUntilNow = clock.pausedMs + (clock.pausedAt === null ? 0 : Math.max(0, now - clock.pausedAt));
  return Math.max(0, now - clock.startedAt - pausedUntilNow);
}

/** The clock paused at `now` (no change when already paused). */
export function pauseClock(clock: PracticeClock, now: number): PracticeClock {
  if (clock.pausedAt !== null) return clock;
  return { ...clock, pausedAt: now };
}

/** The clock resumed at `now`: the pause's length joins the accumulated paused time. */
export function resumeClock(clock: PracticeClock, now: number): PracticeClock {
  if (clock.pausedAt === null) return clock;
  return { ...clock, pausedMs: clock.pausedMs + Math.max(0, now - clock.pausedAt), pausedAt: null };
}

/** The wall time at which the practice reaches `elapsedMs`, if it keeps running from the clock's current state. */
export function wallTimeOf(clock: PracticeClock, elapsedMs: number): number {
  return clock.startedAt + clock.pausedMs + elapsedMs;
}

/** Where the practice is after `elapsedMs` of practice. */
export function positionAt(plan: BreathPlan, elapsedMs: number): BreathPosition {
  const done = elapsedMs >= plan.totalMs;
  const clamped = Math.min(Math.max(0, elapsedMs), plan.totalMs);
  // Division from the start every time: no running sum, so no rounding error can build up.
  const cycle = done ? plan.cycles - 1 : Math.floor(clamped / plan.cycleMs);
  const inCycle = done ? plan.cycleMs : clamped - cycle * plan.cycleMs;
  let phaseIndex = plan.phases.length - 1;
  for (let i = 0; i < plan.phases.length; i++) {
    const phase = plan.phases[i]!;
    if (inCycle < phase.offsetMs + phase.durationMs) {
      phaseIndex = i;
      break;
    }
  }
  const phase = plan.phases[phaseIndex]!;
  const phaseElapsedMs = Math.min(inCycle - phase.offsetMs, phase.durationMs);
  const phaseProgress = phaseElapsedMs / phase.durationMs;
  return {
    done,
    elapsedMs: clamped,
    remainingMs: plan.totalMs - clamped,
    cycle,
    phaseIndex,
    kind: phase.kind,
    phaseElapsedMs,
    phaseMs: phase.durationMs,
    phaseProgress,
    level: phase.fromLevel + (phase.toLevel - phase.fromLevel) * easeInOut(phaseProgress),
  };
}

/** Gentle ease for the guide: slow at the turn of each breath, as breathing is. */
export function easeInOut(progress: number): number {
  return 0.5 - Math.cos(Math.PI * Math.min(1, Math.max(0, progress))) / 2;
}

/** Every phase start in [fromElapsedMs, toElapsedMs), in order (what the audio scheduler asks for each window). */
export function boundariesBetween(plan: BreathPlan, fromElapsedMs: number, toElapsedMs: number): PhaseBoundary[] {
  const out: PhaseBoundary[] = [];
  const from = Math.max(0, fromElapsedMs);
  const to = Math.min(toElapsedMs, plan.totalMs);
  if (to <= from) return out;
  for (let cycle = Math.floor(from / plan.cycleMs); cycle < plan.cycles; cycle++) {
    const cycleStart = cycle * plan.cycleMs;
    if (cycleStart >= to) break;
    plan.phases.forEach((phase, phaseIndex) => {
      const atElapsedMs = cycleStart + phase.offsetMs;
      if (atElapsedMs >= from && atElapsedMs < to) out.push({ atElapsedMs, cycle, phaseIndex, kind: phase.kind });
    });
  }
  return out;
}
