import { describe, expect, it } from 'vitest';
import { clockOf, closePractice, isOpen } from '../../../src/domain/breath-practice';
import { makePractice } from '../../fixtures/breath-builders';

const START = Date.UTC(2026, 10, 3, 8);

describe('a practice record', () => {
  it('logs a stopped practice with the time actually practised, leaving out pauses', () => {
    const practice = makePractice({ pausedMs: 30_000 }, START);
    const closed = closePractice(practice, 'stopped', START + 90_000);
    expect(closed).toMatchObject({ status: 'stopped', practisedMs: 60_000, pausedAtMs: null });
    expect(closed.endedAt).toBe(new Date(START + 90_000).toISOString());
    expect(isOpen(closed)).toBe(false);
  });

  it('logs a completed practice at its planned end, even when noticed later (after a reload)', () => {
    const closed = closePractice(makePractice({}, START), 'completed', START + 3_600_000);
    expect(closed.practisedMs).toBe(297_000);
    expect(closed.endedAt).toBe(new Date(START + 297_000).toISOString());
  });

  it('gives the engine the stored clock', () => {
    expect(clockOf(makePractice({ pausedMs: 5, pausedAtMs: START + 10 }, START))).toEqual({
      startedAt: START,
      pausedMs: 5,
      pausedAt: START + 10,
    });
  });
});
