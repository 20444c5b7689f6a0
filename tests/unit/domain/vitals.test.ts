import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { bloodPressureBand, heartRateBand, needsRecheck } from '../../../src/domain/vitals';
import { makePack, makeReading } from '../../fixtures/safety-builders';

describe('vitals bands', () => {
  it('lets the higher of the two blood-pressure numbers decide the band', () => {
    expect(bloodPressureBand(makeReading({ systolic: 139, diastolic: 89 }), DEFAULT_PACK)).toBe('normal');
    expect(bloodPressureBand(makeReading({ systolic: 120, diastolic: 95 }), DEFAULT_PACK)).toBe('caution');
    expect(bloodPressureBand(makeReading({ systolic: 145, diastolic: 100 }), DEFAULT_PACK)).toBe('hold');
  });

  it('follows a clinic pack that tightens the hold limit', () => {
    const pack = makePack((p) => {
      p.readiness.bloodPressure.hold.systolic = 150;
    });
    expect(bloodPressureBand(makeReading({ systolic: 152, diastolic: 80 }), pack)).toBe('hold');
  });

  it('holds a resting heart rate below 50 or from 100', () => {
    expect(heartRateBand(makeReading({ heartRate: 49 }), DEFAULT_PACK)).toBe('hold');
    expect(heartRateBand(makeReading({ heartRate: 75 }), DEFAULT_PACK)).toBe('normal');
    expect(heartRateBand(makeReading({ heartRate: 100 }), DEFAULT_PACK)).toBe('hold');
  });

  it('asks for a re-check whenever the first reading is outside the normal band', () => {
    expect(needsRecheck(makeReading(), DEFAULT_PACK)).toBe(false);
    expect(needsRecheck(makeReading({ systolic: 140 }), DEFAULT_PACK)).toBe(true);
    expect(needsRecheck(makeReading({ heartRate: 101 }), DEFAULT_PACK)).toBe(true);
  });
});
