import { describe, expect, it } from 'vitest';
import { readVitals, type VitalsInput } from '../../../src/domain/session-vitals';

const AT = '2026-11-21T22:00:00.000Z';

function makeInput(overrides: Partial<VitalsInput> = {}): VitalsInput {
  return { systolic: '128', diastolic: '82', heartRate: '72', ...overrides };
}

describe('vitals after the session', () => {
  it('accepts a plausible reading', () => {
    expect(readVitals(makeInput(), AT)).toEqual({
      ok: true,
      vitals: { systolic: 128, diastolic: 82, heartRate: 72, at: AT },
    });
  });

  it('accepts the edges of each range', () => {
    expect(readVitals({ systolic: '260', diastolic: '160', heartRate: '220' }, AT).ok).toBe(true);
    expect(readVitals({ systolic: '60', diastolic: '30', heartRate: '30' }, AT).ok).toBe(true);
  });

  it('refuses readings just outside each range', () => {
    expect(readVitals(makeInput({ systolic: '261' }), AT).ok).toBe(false);
    expect(readVitals(makeInput({ systolic: '59' }), AT).ok).toBe(false);
    expect(readVitals(makeInput({ diastolic: '29' }), AT).ok).toBe(false);
    expect(readVitals({ systolic: '200', diastolic: '161', heartRate: '80' }, AT).ok).toBe(false);
    expect(readVitals(makeInput({ heartRate: '29' }), AT).ok).toBe(false);
    expect(readVitals(makeInput({ heartRate: '221' }), AT).ok).toBe(false);
  });

  it('catches a slip in each field', () => {
    const result = readVitals({ systolic: '12', diastolic: '170', heartRate: '300' }, AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['diastolic', 'heartRate', 'systolic']);
  });

  it('catches a bottom number that is not below the top number', () => {
    const result = readVitals(makeInput({ systolic: '90', diastolic: '95' }), AT);
    expect(result).toEqual({ ok: false, errors: { diastolic: expect.stringMatching(/lower than the top/) } });
  });

  it('refuses text that is not a whole number', () => {
    expect(readVitals(makeInput({ heartRate: '7a' }), AT).ok).toBe(false);
    expect(readVitals(makeInput({ systolic: '' }), AT).ok).toBe(false);
  });
});
