import { describe, expect, it } from 'vitest';
import { type CarePlan, EMPTY_CARE_PLAN } from '../../../../src/domain/care-plan';
import { fieldsFromPlan, phoneProblem, planFromFields } from '../../../../src/features/safety/care-plan-form';

const makePlan = (overrides: Partial<CarePlan> = {}): CarePlan => ({
  ...EMPTY_CARE_PLAN,
  sitter: { name: 'Sam', phone: '555 010 2000' },
  medicines: [{ name: 'Sertraline', instructions: 'Take as usual.' }],
  prescription: { medicine: 'Ketamine', doseAsWritten: 'as written', boosterPrescribed: false },
  ...overrides,
});

describe('the care-plan form', () => {
  it('accepts phone numbers written the usual ways', () => {
    for (const phone of ['555 010 2000', '+1 (555) 010-2000', '020 7946 0000', '911', ''])
      expect(phoneProblem(phone), phone).toBeNull();
  });

  it('refuses text that is not a phone number, with a plain message', () => {
    for (const phone of ['call Sam', '12', 'abc123', '1'.repeat(25)])
      expect(phoneProblem(phone), phone).toMatch(/phone number/);
  });

  it('round-trips a plan through the fields, keeping the prescription the form does not show', () => {
    const plan = makePlan({ allergies: 'Penicillin' });
    const result = planFromFields(fieldsFromPlan(plan), plan);
    expect(result).toEqual({ ok: true, plan });
  });

  it('records that the care team allows the caution range only with what they said', () => {
    const plan = makePlan();
    const fields = { ...fieldsFromPlan(plan), cautionBandAllowed: true, cautionBandNote: ' ' };
    expect(planFromFields(fields, plan)).toMatchObject({
      ok: false,
      errors: { 'caution-band-note': /care team told you/ },
    });
    const said = planFromFields({ ...fields, cautionBandNote: ' Dr Lee: up to 160 is fine for me ' }, plan);
    expect(said).toMatchObject({
      ok: true,
      plan: { cautionBandAllowed: true, cautionBandNote: 'Dr Lee: up to 160 is fine for me' },
    });
    const untick = planFromFields({ ...fields, cautionBandAllowed: false, cautionBandNote: 'old words' }, plan);
    expect(untick).toMatchObject({ ok: true, plan: { cautionBandAllowed: false } });
    expect(untick.ok && untick.plan.cautionBandNote).toBe(undefined);
  });

  it('drops empty contacts and empty medicine rows, and trims what was typed', () => {
    const fields = fieldsFromPlan(makePlan());
    fields.contacts.sitter = { name: '  ', phone: '' };
    fields.contacts.careTeam = { name: ' Clinic ', phone: ' 555 111 2222 ' };
    fields.medicines.push({ name: '', instructions: '' });
    const result = planFromFields(fields, makePlan());
    expect(result.ok && result.plan.sitter).toBeUndefined();
    expect(result.ok && result.plan.careTeam).toEqual({ name: 'Clinic', phone: '555 111 2222' });
    expect(result.ok && result.plan.medicines).toHaveLength(1);
  });

  it('names the field with a bad phone number and saves nothing', () => {
    const fields = fieldsFromPlan(makePlan());
    fields.contacts.prescriber = { name: 'Dr Lee', phone: 'tomorrow' };
    const result = planFromFields(fields, makePlan());
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['prescriber-phone']);
  });
});
