import { describe, expect, it } from 'vitest';
import { NO_DRIVING_RULE } from '../../../src/content/after-session-rules';
import {
  drivingNotBeforeDay,
  formatCalendarDate,
  needsCareTeam,
  nextCalendarDay,
} from '../../../src/domain/after-session';

describe('when driving may be allowed again', () => {
  it('is the next morning after an evening dose', () => {
    expect(drivingNotBeforeDay('2026-11-21T19:00:00.000Z', 'UTC')).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it('is the following day for a dose just before midnight, not the same one', () => {
    expect(drivingNotBeforeDay('2026-11-21T23:59:00.000Z', 'UTC')).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it('is the day after the dose’s own day for a dose just after midnight', () => {
    expect(drivingNotBeforeDay('2026-11-22T00:30:00.000Z', 'UTC')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('counts days in the person’s own time zone', () => {
    // 03:00 UTC on the 22nd is still the evening of the 21st in New York and the morning of the 22nd in Tokyo.
    const dose = '2026-11-22T03:00:00.000Z';
    expect(drivingNotBeforeDay(dose, 'America/New_York')).toEqual({ year: 2026, month: 11, day: 22 });
    expect(drivingNotBeforeDay(dose, 'Asia/Tokyo')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('crosses month and year ends', () => {
    expect(drivingNotBeforeDay('2026-12-31T20:00:00.000Z', 'UTC')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(nextCalendarDay({ year: 2028, month: 2, day: 28 })).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('names the day in words', () => {
    expect(formatCalendarDate({ year: 2026, month: 11, day: 22 }, 'en-GB')).toMatch(/^Sunday,? 22 November 2026$/);
  });

  it('comes from a cited rule the protocol pack can fold in', () => {
    expect(NO_DRIVING_RULE).toMatchObject({ ruleId: 'no-driving', source: 'Spravato label; Journey Clinical' });
  });
});

describe('side effects', () => {
  it('point to the care team only when one is severe', () => {
    expect(needsCareTeam([{ kind: 'nausea', severity: 'moderate' }])).toBe(false);
    expect(
      needsCareTeam([
        { kind: 'headache', severity: 'mild' },
        { kind: 'bladder', severity: 'severe' },
      ]),
    ).toBe(true);
  });
});
