import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { bloodPressureBand, heartRateBand, needsRecheck } from '../../../src/domain/vitals';
import { makePack, makeReading } from '../../fixtures/safety-builders';

describe('vitals bands', () => {
  it('lets the higher of the two blood-pressure numbers decide the band', () => {
    expect(bloodPressureBand(makeReading({ systolic: 140, diastolic: 90 }), DEFAULT_PACK)).toBe('normal');
    expect(bloodPressureBand(makeReading({ systolic: 141, diastolic: 80 }), DEFAULT_PACK)).toBe('caution');
    expect(bloodPressureBand(makeReading({ systolic: 160, diastolic: 90 }), DEFAULT_PACK)).toBe('caution');
    expect(bloodPressureBand(makeReading({ systolic: 161, diastolic: 80 }), DEFAULT_PACK)).toBe('hold');
    expect(bloodPressureBand(makeReading({ systolic: 120, diastolic: 91 }), DEFAULT_PACK)).toBe('hold');
  });

  it('follows a clinic pack that tightens the hold limit', () => {
    const pack = makePack((p) => {
      p.readiness.bloodPressure.hold.systolic = 150;
    });
    expect(bloodPressureBand(makeReading({ systolic: 152, diastolic: 80 }), pack)).toBe('hold');
  });

  it('holds a resting heart rate above 100, and not at 100', () => {
    expect(heartRateBand(makeReading({ heartRate: 45 }), DEFAULT_PACK)).toBe('normal');
    expect(heartRateBand(makeReading({ heartRate: 100 }), DEFAULT_PACK)).toBe('normal');
    expect(heartRateBand(makeReading({ heartRate: 101 }), DEFAULT_PACK)).toBe('hold');
  });

  it('keeps an older clinic pack’s meaning: no comparison written means at or above, and its low limit holds', () => {
    const pack = makePack((p) => {
      delete p.readiness.bloodPressure.compare;
      p.readiness.heartRate = { id: 'heart-rate', holdAtOrAbove: 100, holdBelow: 50, sources: ['Clinic'] };
    });
    expect(bloodPressureBand(makeReading({ systolic: 140, diastolic: 80 }), pack)).toBe('caution');
    expect(bloodPressureBand(makeReading({ systolic: 160, diastolic: 80 }), pack)).toBe('hold');
    expect(heartRateBand(makeReading({ heartRate: 100 }), pack)).toBe('hold');
    expect(heartRateBand(makeReading({ heartRate: 49 }), pack)).toBe('hold');
    expect(heartRateBand(makeReading({ heartRate: 50 }), pack)).toBe('normal');
  });

  it('asks for a re-check whenever the first reading is outside the normal band', () => {
    expect(needsRecheck(makeReading(), DEFAULT_PACK)).toBe(false);
    expect(needsRecheck(makeReading({ systolic: 140 }), DEFAULT_PACK)).toBe(false);
    expect(needsRecheck(makeReading({ systolic: 141 }), DEFAULT_PACK)).toBe(true);
    expect(needsRecheck(makeReading({ heartRate: 101 }), DEFAULT_PACK)).toBe(true);
  });
});
