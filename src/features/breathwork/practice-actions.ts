// Starting, pausing, resuming and ending a practice: each change is written before the screen moves on.
import { pauseClock, planPractice, resumeClock } from '../../domain/breath-engine';
import type { BreathPattern } from '../../domain/breath-pattern';
import {
  type CuePreferences,
  clockOf,
  closePractice,
  DEFAULT_CUES,
  type PracticeRecord,
} from '../../domain/breath-practice';
import { listPractices, savePractice } from '../../storage/practices-store';
import { epochNow } from './use-breath-loop';

/** The cue preferences of the last practice, so sound and vibration stay as the person left them. */
export async function lastCues(): Promise<CuePreferences> {
  try {
    const [last] = await listPractices(1);
    return last ? last.cues : DEFAULT_CUES;
  } catch {
    return DEFAULT_CUES;
  }
}

/** Makes and saves a new running practice of a pattern; throws InvalidPatternError or a StorageError. */
export async function beginPractice(pattern: BreathPattern, minutes: number): Promise<PracticeRecord> {
  const plan = planPractice(pattern, { minutes });
  const now = epochNow();
  const record: PracticeRecord = {
    id: crypto.randomUUID(),
    startedAt: new Date(now).toISOString(),
    startedAtMs: now,
    pausedMs: 0,
    pausedAtMs: null,
    status: 'running',
    patternId: pattern.id,
    patternName: pattern.name,
    phases: pattern.phases,
    minutes,
    plannedMs: plan.totalMs,
    cues: await lastCues(),
  };
  await savePractice(record);
  return record;
}

/** The practice paused now. */
export function paused(record: PracticeRecord, now = epochNow()): PracticeRecord {
  const clock = pauseClock(clockOf(record), now);
  return { ...record, status: 'paused', pausedAtMs: clock.pausedAt, pausedMs: clock.pausedMs };
}

/** The practice resumed now (the pause joins the paused time). */
export function resumed(record: PracticeRecord, now = epochNow()): PracticeRecord {
  const clock = resumeClock(clockOf(record), now);
  return { ...record, status: 'running', pausedAtMs: clock.pausedAt, pausedMs: clock.pausedMs };
}

/** The practice stopped early by the person. */
export function stopped(record: PracticeRecord, now = epochNow()): PracticeRecord {
  return closePractice(record, 'stopped', now);
}

/** The practice run to its end. */
export function completed(record: PracticeRecord, now = epochNow()): PracticeRecord {
  return closePractice(record, 'completed', now);
}
