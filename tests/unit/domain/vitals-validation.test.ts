import { describe, expect, it } from 'vitest';
import { checkPastTime, checkVitalsInput } from '../../../src/domain/vitals-validation';
import { hoursAgo, NOW } from '../../fixtures/safety-builders';

function check(systolic: string, diastolic: string, heartRate: string) {
  return checkVitalsInput({ systolic, diastolic, heartRate });
}

describe('checking typed readings for slips', () => {
  it('accepts a real reading', () => {
    expect(check('128', '84', '72')).toEqual({ ok: true, values: { systolic: 128, diastolic: 84, heartRate: 72 } });
  });

  it('catches a systolic of 1400 and says what looks wrong', () => {
    const result = check('1400', '84', '72');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.systolic).toMatch(/1400 looks like a slip/);
  });

  it('catches a diastolic above the systolic', () => {
    const result = check('80', '120', '72');
    if (result.ok) throw new Error('should have been refused');
    expect(result.errors.diastolic).toMatch(/lower than the top number/);
  });

  it.each(['0', '400'])('catches a heart rate of %s', (heartRate) => {
    const result = check('120', '80', heartRate);
    if (result.ok) throw new Error('should have been refused');
    expect(result.errors.heartRate).toMatch(/looks like a slip/);
  });

  it('asks for a number when a field is empty or not a number', () => {
    const result = check('', '8o', '72');
    if (result.ok) throw new Error('should have been refused');
    expect(result.errors.systolic).toMatch(/Enter the number/);
    expect(result.errors.diastolic).toMatch(/whole numbers/);
  });
});

describe('checking a typed time', () => {
  function local(at: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }

  it('refuses a time in the future', () => {
    expect(checkPastTime(local(new Date(NOW.getTime() + 3_600_000)), NOW)).toMatchObject({
      ok: false,
      error: /future/,
    });
  });

  it('accepts a last meal more than 48 hours ago', () => {
    expect(checkPastTime(local(hoursAgo(50)), NOW)).toMatchObject({ ok: true, at: hoursAgo(50) });
  });

  it('asks for a time when none was given', () => {
    expect(checkPastTime('', NOW).ok).toBe(false);
  });
});
