import { describe, expect, it } from 'vitest';
import { defaultRange, inRange, toDateInput } from '../../../../src/features/scales/summary-range';

describe('the summary date range', () => {
  const range = { from: '2026-11-01', to: '2026-11-07' };

  it('includes both end days, whole', () => {
    expect(inRange(new Date(2026, 10, 1, 0, 0).toISOString(), range)).toBe(true);
    expect(inRange(new Date(2026, 10, 7, 23, 59).toISOString(), range)).toBe(true);
  });

  it('leaves out the days either side', () => {
    expect(inRange(new Date(2026, 9, 31, 23, 59).toISOString(), range)).toBe(false);
    expect(inRange(new Date(2026, 10, 8, 0, 0).toISOString(), range)).toBe(false);
  });

  it('leaves out a date that cannot be read', () => {
    expect(inRange('not a date', range)).toBe(false);
  });

  it('starts 90 days back and ends today', () => {
    const now = new Date(2026, 10, 22, 15, 0);
    expect(defaultRange(now)).toEqual({ from: toDateInput(new Date(2026, 7, 24)), to: '2026-11-22' });
  });
});
