import { describe, expect, it } from 'vitest';
import { formatClock, formatLength, minutesFromQuery } from '../../../../src/features/breathwork/patterns';

describe('breathwork words and links', () => {
  it('reads the minutes of the check-in link and ignores nonsense', () => {
    expect(minutesFromQuery('5')).toBe(5);
    expect(minutesFromQuery(undefined)).toBeUndefined();
    expect(minutesFromQuery('0')).toBeUndefined();
    expect(minutesFromQuery('2.5')).toBeUndefined();
    expect(minutesFromQuery('500')).toBeUndefined();
    expect(minutesFromQuery('<script>')).toBeUndefined();
  });

  it('shows time left rounded up, so it never reads 0:00 while a breath is still going', () => {
    expect(formatClock(297_000)).toBe('4:57');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });

  it('says lengths in plain words', () => {
    expect(formatLength(60_000)).toBe('1 minute');
    expect(formatLength(297_000)).toBe('5 minutes');
    expect(formatLength(20_000)).toBe('20 seconds');
  });
});
