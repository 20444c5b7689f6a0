import { describe, expect, it } from 'vitest';
import { parseSessionTime, toDateTimeFields } from '../../../../src/features/prepare/session-date';

const now = new Date(2026, 10, 22, 15, 0);

describe('the session date fields', () => {
  it('reads a day and time as local time', () => {
    const parsed = parseSessionTime({ date: '2026-11-27', time: '10:30' }, now);
    expect(parsed).toEqual({ ok: true, iso: new Date(2026, 10, 27, 10, 30).toISOString() });
  });

  it('accepts later today, even an earlier hour (the person may be planning for now)', () => {
    expect(parseSessionTime({ date: '2026-11-22', time: '09:00' }, now).ok).toBe(true);
  });

  it('refuses a day that has passed, with a plain message', () => {
    expect(parseSessionTime({ date: '2026-11-21', time: '10:00' }, now)).toEqual({
      ok: false,
      message: 'That day has passed. Choose today or a day ahead.',
    });
  });

  it('asks for the day and the time when they are missing', () => {
    expect(parseSessionTime({ date: '', time: '10:00' }, now)).toMatchObject({ ok: false, message: /day/ });
    expect(parseSessionTime({ date: '2026-11-27', time: '' }, now)).toMatchObject({ ok: false, message: /time/ });
  });

  it('gives back the same fields for a stored time', () => {
    expect(toDateTimeFields(new Date(2026, 0, 5, 8, 7).toISOString())).toEqual({ date: '2026-01-05', time: '08:07' });
  });
});
