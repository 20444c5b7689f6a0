import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { fastingStatus, fastingWindow, formatMinutes } from '../../../src/domain/fasting';
import { hoursAgo, NOW } from '../../fixtures/safety-builders';

describe('the fasting countdown', () => {
  it('counts the minutes until the food window (4 h) and the liquid window (2 h) are met', () => {
    const status = fastingStatus(hoursAgo(3), hoursAgo(1.5), DEFAULT_PACK, NOW);
    expect(status.food.minutesLeft).toBe(60);
    expect(status.liquids.minutesLeft).toBe(30);
    expect(status.food.metAt).toEqual(new Date(NOW.getTime() + 60 * 60_000));
  });

  it('says zero once a window is met, never a negative number', () => {
    expect(fastingWindow(hoursAgo(4), 4, NOW).minutesLeft).toBe(0);
    expect(fastingWindow(hoursAgo(50), 4, NOW).minutesLeft).toBe(0);
  });

  it('rounds up, so it never says "0 minutes" a few seconds early', () => {
    const last = new Date(NOW.getTime() - (4 * 3_600_000 - 5_000));
    expect(fastingWindow(last, 4, NOW).minutesLeft).toBe(1);
  });

  it('writes minutes in plain words', () => {
    expect(formatMinutes(125)).toBe('2 hours 5 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(0)).toBe('0 minutes');
  });
});
