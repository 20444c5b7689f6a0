// The care-plan form as plain data: from the stored plan to fields, and back with loose, kindly checks.
import type { CarePlan, ContactPerson, Medicine } from '../../domain/care-plan';

/** The people on the care plan, by their field prefix. */
export const CONTACT_ROLES = ['sitter', 'careTeam', 'prescriber'] as const;
/** One of the people on the care plan. */
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** The form's fields, as typed. */
export interface CarePlanFields {
  contacts: Record<ContactRole, { name: string; phone: string }>;
  medicines: Medicine[];
  allergies: string;
  cautionBandAllowed: boolean;
  cautionBandNote: string;
}

/** Field errors, keyed by field id (for example "sitter-phone"). */
export type FieldErrors = Record<string, string>;

const PHONE_MESSAGE = 'This does not look like a phone number. Use digits, with spaces, + ( ) or - if you like.';

/** Checks a phone number loosely: digits and the usual separators, 3 to 20 digits. Empty is allowed. */
export function phoneProblem(phone: string): string | null {
  const trimmed = phone.trim();
  if (trimmed === '') return null;
  if (!/^\+?[0-9\s().\-*#]+$/.test(trimmed)) return PHONE_MESSAGE;
  const digits = trimmed.replace(/[^0-9]/g, '').length;
  return digits >= 3 && digits <= 20 && trimmed.length <= 40 ? null : PHONE_MESSAGE;
}

/** The form's fields for a stored care plan. */
export function fieldsFromPlan(plan: CarePlan): CarePlanFields {
  const contact = (person: ContactPerson | undefined) => ({ name: person?.name ?? '', phone: person?.phone ?? '' });
  return {
    contacts: {
      sitter: contact(plan.sitter),
      careTeam: contact(plan.careTeam),
      prescriber: contact(plan.prescriber),
    },
    medicines: plan.medicines.map((m) => ({ ...m })),
    allergies: plan.allergies ?? '',
    cautionBandAllowed: plan.cautionBandAllowed,
    cautionBandNote: plan.cautionBandNote ?? '',
  };
}

/** The outcome of reading the form: the plan to save, or the errors to show. */
export type PlanFromFields = { ok: true; plan: CarePlan } | { ok: false; errors: FieldErrors };

/** Builds the plan to save from the fields, keeping everything the form does not show (prescription and more). */
export function planFromFields(fields: CarePlanFields, base: CarePlan): PlanFromFields {
  const errors: FieldErrors = {};
  const plan: CarePlan = { ...base };
  for (const role of CONTACT_ROLES) {
    const name = fields.contacts[role].name.trim();
    const phone = fields.contacts[role].phone.trim();
    const problem = phoneProblem(phone);
    if (problem) errors[`${role}-phone`] = problem;
    if (name.length > 120) errors[`${role}-name`] = 'Please keep the name under 120 characters.';
    if (name || phone) plan[role] = { name, phone };
    else delete plan[role];
  }
  fields.medicines.forEach((m, i) => {
    if (m.name.trim().length > 120) errors[`medicine-${i}-name`] = 'Please keep the name under 120 characters.';
    if (m.instructions.trim().length > 1000)
      errors[`medicine-${i}-instructions`] = 'Please keep this under 1000 characters.';
  });
  plan.medicines = fields.medicines
    .map((m) => ({ name: m.name.trim(), instructions: m.instructions.trim() }))
    .filter((m) => m.name || m.instructions);
  const allergies = fields.allergies.trim();
  if (allergies.length > 1000) errors.allergies = 'Please keep this under 1000 characters.';
  if (allergies) plan.allergies = allergies;
  else delete plan.allergies;
  const note = fields.cautionBandNote.trim();
  if (fields.cautionBandAllowed && note.length < 3)
    errors['caution-band-note'] = 'Write what your care team told you, in a few words.';
  if (note.length > 1000) errors['caution-band-note'] = 'Please keep this under 1000 characters.';
  plan.cautionBandAllowed = fields.cautionBandAllowed;
  if (fields.cautionBandAllowed && note) plan.cautionBandNote = note;
  else delete plan.cautionBandNote;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, plan };
}
