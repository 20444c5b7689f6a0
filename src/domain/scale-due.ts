import type { ScaleId } from './scale';

/** How often a scale is offered: every so many days. The protocol pack will carry this; for now a constant. */
export interface ScaleCadence {
  scaleId: ScaleId;
  everyDays: number;
}

/** Where a scale stands against its cadence. */
export interface ScaleDueState {
  scaleId: ScaleId;
  /** True when never taken, or the last result is older than the cadence. */
  due: boolean;
  /** ISO time of the last result, if any. */
  lastAt?: string;
  /** When it next falls due (absent when it has never been taken). */
  nextDueAt?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Which scales are due, given each scale's latest completion time. Pure: `now` is passed in. */
export function dueStates(
  schedule: readonly ScaleCadence[],
  lastCompleted: Partial<Record<ScaleId, string>>,
  now: Date,
): ScaleDueState[] {
  return schedule.map(({ scaleId, everyDays }) => {
    const lastAt = lastCompleted[scaleId];
    const last = lastAt ? new Date(lastAt) : undefined;
    if (!lastAt || !last || Number.isNaN(last.getTime())) return { scaleId, due: true };
    const nextDueAt = new Date(last.getTime() + everyDays * DAY_MS);
    return { scaleId, due: now.getTime() >= nextDueAt.getTime(), lastAt, nextDueAt };
  });
}
