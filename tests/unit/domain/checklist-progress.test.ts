import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/domain/checklist';
import {
  calendarDaysUntil,
  countProgress,
  dueChecklistPhase,
  toggleTick,
} from '../../../src/domain/checklist-progress';

const makeList = (phase: Checklist['phase'], ids: string[]): Checklist => ({
  phase,
  title: phase,
  when: '',
  items: ids.map((id) => ({ id, text: `Do ${id}` })),
});

const lists = [makeList('week-before', ['a', 'b']), makeList('day-before', ['c']), makeList('day-of', ['d'])];
const at = (y: number, m: number, d: number, h = 10, min = 0) => new Date(y, m - 1, d, h, min);

describe('checklist progress', () => {
  it('counts the fraction of items done across the lists', () => {
    expect(countProgress(lists, ['a', 'd'])).toEqual({ done: 2, total: 4, fraction: 0.5 });
  });

  it('ignores ticks for items that are no longer on any list', () => {
    expect(countProgress(lists, ['a', 'gone'])).toEqual({ done: 1, total: 4, fraction: 0.25 });
  });

  it('reports nothing done, not a division by zero, when there are no items', () => {
    expect(countProgress([], ['a'])).toEqual({ done: 0, total: 0, fraction: 0 });
  });

  it('ticks an item once and unticks it again, keeping the order of the others', () => {
    expect(toggleTick(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleTick(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleTick(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
  });
});

describe('which checklist is due', () => {
  const session = at(2026, 11, 27, 10);

  it('is the week-before list two or more days ahead', () => {
    expect(dueChecklistPhase(session, at(2026, 11, 20, 9))).toBe('week-before');
    expect(dueChecklistPhase(session, at(2026, 11, 25, 23, 59))).toBe('week-before');
  });

  it('is the day-before list on the calendar day before, at any hour', () => {
    expect(dueChecklistPhase(session, at(2026, 11, 26, 0, 1))).toBe('day-before');
    expect(dueChecklistPhase(session, at(2026, 11, 26, 23, 30))).toBe('day-before');
  });

  it('is the day-of list on the day itself, and after it', () => {
    expect(dueChecklistPhase(session, at(2026, 11, 27, 6))).toBe('day-of');
    expect(dueChecklistPhase(session, at(2026, 11, 28, 6))).toBe('day-of');
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysUntil(at(2026, 11, 27, 8), at(2026, 11, 26, 22))).toBe(1);
    expect(calendarDaysUntil(at(2026, 12, 1, 8), at(2026, 11, 30, 22))).toBe(1);
  });
});
