import { describe, expect, it } from 'vitest';
import type { Prescription } from '../../../src/domain/care-plan';
import { afterHoldWords, holdRemaining, stepsFromPrescription } from '../../../src/domain/session-step';

function makePrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    medicine: 'Ketamine lozenge',
    doseAsWritten: 'One lozenge as written by Dr Rivera',
    holdMinutes: 15,
    afterHold: 'as-instructed',
    boosterPrescribed: false,
    ...overrides,
  };
}

describe('dosing steps from the prescription', () => {
  it('repeats the dose exactly as written', () => {
    const [dose] = stepsFromPrescription(makePrescription());
    expect(dose).toEqual({ kind: 'dose', instructions: 'One lozenge as written by Dr Rivera' });
  });

  it('has no booster step when the prescription has none', () => {
    const kinds = stepsFromPrescription(makePrescription()).map((step) => step.kind);
    expect(kinds).toEqual(['dose', 'after-hold']);
  });

  it('has a booster step only when prescribed, with the prescriber’s words', () => {
    const steps = stepsFromPrescription(
      makePrescription({ boosterPrescribed: true, boosterInstructions: 'Per Dr R.' }),
    );
    expect(steps.at(-1)).toMatchObject({ kind: 'booster', instructions: 'Per Dr R.' });
  });

  it('has no after-hold step when the prescription sets no hold', () => {
    expect(stepsFromPrescription(makePrescription({ holdMinutes: undefined })).map((s) => s.kind)).toEqual(['dose']);
  });

  it('says spit, swallow, or as instructed, as the prescription does', () => {
    expect(afterHoldWords(makePrescription({ afterHold: 'spit' }))).toBe('Spit, as your prescriber instructed.');
    expect(afterHoldWords(makePrescription({ afterHold: 'swallow' }))).toBe('Swallow, as your prescriber instructed.');
    expect(afterHoldWords(makePrescription())).toBe('Spit or swallow as your prescriber instructed.');
  });
});

describe('the hold timer', () => {
  const dosedAt = '2026-11-21T20:00:00.000Z';

  it('counts down the prescribed minutes from the recorded dose time', () => {
    expect(holdRemaining(dosedAt, 15, new Date('2026-11-21T20:05:30.000Z'))).toBe(9 * 60_000 + 30_000);
  });

  it('stops at zero once the hold is over', () => {
    expect(holdRemaining(dosedAt, 15, new Date('2026-11-21T20:20:00.000Z'))).toBe(0);
  });
});
