// Pure rules over checklists: how much is done, and which list is due. No I/O, no clock of its own.
import type { Checklist, ChecklistPhase } from './checklist';

/** How far along a set of items is. */
export interface ProgressCount {
  done: number;
  total: number;
  /** done / total, 0 when there is nothing to do. */
  fraction: number;
}

/** Counts the ticked items among the given lists (ticks for items no longer in the lists are ignored). */
export function countProgress(lists: readonly Checklist[], ticked: readonly string[]): ProgressCount {
  const tickedSet = new Set(ticked);
  const ids = lists.flatMap((list) => list.items.map((item) => item.id));
  const done = ids.filter((id) => tickedSet.has(id)).length;
  return { done, total: ids.length, fraction: ids.length === 0 ? 0 : done / ids.length };
}

/** Whole days from `now`'s calendar day to the session's calendar day, in the device's time zone. */
export function calendarDaysUntil(scheduledFor: Date, now: Date): number {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(scheduledFor.getFullYear(), scheduledFor.getMonth(), scheduledFor.getDate());
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}

/**
 * Which list is due for a session on `scheduledFor`: the day of on the day itself (or after), the day before on
 * the day before, and the week before on any earlier day.
 */
export function dueChecklistPhase(scheduledFor: Date, now: Date): ChecklistPhase {
  const days = calendarDaysUntil(scheduledFor, now);
  if (days <= 0) return 'day-of';
  if (days === 1) return 'day-before';
  return 'week-before';
}

/** Ticks or unticks one item, returning a new list of ticked ids (order kept, no duplicates). */
export function toggleTick(ticked: readonly string[], itemId: string, on: boolean): string[] {
  const without = ticked.filter((id) => id !== itemId);
  return on ? [...without, itemId] : without;
}
