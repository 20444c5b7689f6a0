import { describe, expect, it } from 'vitest';
import {
  dueObservation,
  nextObservationMark,
  observationMarksUpTo,
  type SitterObservation,
} from '../../../src/domain/session-observation';

function makeObservation(dueMinute: number): SitterObservation {
  return { dueMinute, at: '2026-11-21T20:15:00.000Z', awake: 'awake' };
}

describe('the sitter observation schedule', () => {
  it('asks every 15 minutes for the first hour, then at the later interval', () => {
    expect(observationMarksUpTo(150, 30)).toEqual([15, 30, 45, 60, 90, 120, 150]);
    expect(observationMarksUpTo(140, 20)).toEqual([15, 30, 45, 60, 80, 100, 120, 140]);
  });

  it('has nothing due before the first 15 minutes', () => {
    expect(observationMarksUpTo(14, 30)).toEqual([]);
    expect(dueObservation(14, 30, [])).toBeNull();
    expect(nextObservationMark(0, 30)).toBe(15);
  });

  it('knows the next mark, inside and after the first hour', () => {
    expect(nextObservationMark(16, 30)).toBe(30);
    expect(nextObservationMark(60, 30)).toBe(90);
    expect(nextObservationMark(61, 45)).toBe(105);
  });

  it('prompts for the mark just reached until it is logged', () => {
    expect(dueObservation(15, 30, [])).toBe(15);
    expect(dueObservation(29, 30, [makeObservation(15)])).toBeNull();
    expect(dueObservation(30, 30, [makeObservation(15)])).toBe(30);
  });

  it('asks only for the latest mark after the screen was off for a while', () => {
    expect(dueObservation(95, 30, [makeObservation(15)])).toBe(90);
  });
});
