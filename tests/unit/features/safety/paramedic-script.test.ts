import { describe, expect, it } from 'vitest';
import { type CarePlan, EMPTY_CARE_PLAN } from '../../../../src/domain/care-plan';
import { formatDoseTime, paramedicScript } from '../../../../src/features/safety/paramedic-script';

const makePlan = (overrides: Partial<CarePlan> = {}): CarePlan => ({ ...EMPTY_CARE_PLAN, ...overrides });

describe('what to tell paramedics', () => {
  it('says ketamine was taken as prescribed at the dose time, with medicines, allergies and prescriber', () => {
    const dosedAt = new Date(2026, 10, 22, 10, 5).toISOString();
    const lines = paramedicScript(
      makePlan({
        medicines: [
          { name: 'Sertraline', instructions: '' },
          { name: 'Ondansetron', instructions: '' },
        ],
        allergies: 'Penicillin',
        prescriber: { name: 'Dr Lee', phone: '555 0100' },
      }),
      dosedAt,
    );
    expect(lines).toEqual([
      `They took ketamine, as prescribed, at ${formatDoseTime(dosedAt)} today.`,
      'Their other medicines: Sertraline, Ondansetron.',
      'Allergies: Penicillin.',
      'Prescriber: Dr Lee, phone 555 0100.',
    ]);
  });

  it('says plainly what is not recorded instead of leaving gaps', () => {
    expect(paramedicScript(makePlan(), undefined)).toEqual([
      'They are having ketamine treatment, as prescribed. (No dose time is recorded for today.)',
      'No other medicines are recorded.',
      'No allergies are recorded.',
    ]);
  });

  it('says the dose time is behind the app lock rather than that none is recorded', () => {
    expect(paramedicScript(makePlan(), undefined, true)[0]).toBe(
      'They are having ketamine treatment, as prescribed. (Today’s dose time is in the app; unlock it to see.)',
    );
  });
});
