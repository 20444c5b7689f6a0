import { describe, expect, it } from 'vitest';
import {
  checkInMarksUpTo,
  dueCheckIn,
  nextCheckInMark,
  type SitterCheckIn,
} from '../../../src/domain/session-check-in';

function makeCheckIn(dueMinute: number): SitterCheckIn {
  return { dueMinute, at: '2026-11-21T20:15:00.000Z', awake: 'awake' };
}

describe('the sitter check-in schedule', () => {
  it('asks every 15 minutes for the first hour, then at the later interval', () => {
    expect(checkInMarksUpTo(150, 30)).toEqual([15, 30, 45, 60, 90, 120, 150]);
    expect(checkInMarksUpTo(140, 20)).toEqual([15, 30, 45, 60, 80, 100, 120, 140]);
  });

  it('has nothing due before the first 15 minutes', () => {
    expect(checkInMarksUpTo(14, 30)).toEqual([]);
    expect(dueCheckIn(14, 30, [])).toBeNull();
    expect(nextCheckInMark(0, 30)).toBe(15);
  });

  it('knows the next mark, inside and after the first hour', () => {
    expect(nextCheckInMark(16, 30)).toBe(30);
    expect(nextCheckInMark(60, 30)).toBe(90);
    expect(nextCheckInMark(61, 45)).toBe(105);
  });

  it('prompts for the mark just reached until it is logged', () => {
    expect(dueCheckIn(15, 30, [])).toBe(15);
    expect(dueCheckIn(29, 30, [makeCheckIn(15)])).toBeNull();
    expect(dueCheckIn(30, 30, [makeCheckIn(15)])).toBe(30);
  });

  it('asks only for the latest mark after the screen was off for a while', () => {
    expect(dueCheckIn(95, 30, [makeCheckIn(15)])).toBe(90);
  });
});
