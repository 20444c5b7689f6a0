import { describe, expect, it } from 'vitest';
import {
  describeDuration,
  elapsedSinceDose,
  formatDuration,
  minutesSinceDose,
} from '../../../src/domain/session-clock';

const DOSED_AT = '2026-11-21T20:00:00.000Z';

describe('the session clock', () => {
  it('counts from the stored dose time, whatever happened in between', () => {
    expect(elapsedSinceDose(DOSED_AT, new Date('2026-11-21T20:42:05.000Z'))).toBe(42 * 60_000 + 5000);
    expect(minutesSinceDose(DOSED_AT, new Date('2026-11-21T21:15:59.000Z'))).toBe(75);
  });

  it('never shows a negative time before the dose or for an unreadable dose time', () => {
    expect(elapsedSinceDose(DOSED_AT, new Date('2026-11-21T19:00:00.000Z'))).toBe(0);
    expect(elapsedSinceDose('not a date', new Date())).toBe(0);
  });

  it('reads as m:ss under an hour and h:mm:ss after', () => {
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_600_000 + 62_000)).toBe('1:01:02');
  });

  it('says the time in words for screen readers', () => {
    expect(describeDuration(60_000)).toBe('1 minute');
    expect(describeDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2 hours 5 minutes');
  });
});
