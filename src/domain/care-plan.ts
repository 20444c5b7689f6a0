import { z } from 'zod/mini';

const phone = z.string().check(z.maxLength(40));
const name = z.string().check(z.maxLength(120));

/** Someone to call: a sitter, the care team, the prescriber. */
export const ContactPersonSchema = z.object({ name, phone });
/** Someone to call. */
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

/** A medicine the person takes, as their prescriber wrote it (the app only repeats it). */
export const MedicineSchema = z.object({
  name,
  /** The prescriber's instructions for it, in their words (for example how to take it on a session day). */
  instructions: z.string().check(z.maxLength(1000)),
});
/** A medicine the person takes. */
export type Medicine = z.infer<typeof MedicineSchema>;

/**
 * The dosing steps exactly as prescribed. The app never suggests or changes these: the person copies them from their
 * prescription, and session mode repeats them and records what happened.
 */
export const PrescriptionSchema = z.object({
  medicine: name,
  /** The dose as written on the prescription, free text (never parsed or calculated). */
  doseAsWritten: z.string().check(z.maxLength(200)),
  /** Minutes to hold in the mouth, if the prescription says so. */
  holdMinutes: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(60))),
  /** What to do after the hold, as instructed. */
  afterHold: z.optional(z.enum(['spit', 'swallow', 'as-instructed'])),
  /** Whether the prescription includes a booster, and its instructions in the prescriber's words. */
  boosterPrescribed: z.boolean(),
  boosterInstructions: z.optional(z.string().check(z.maxLength(1000))),
  /** Anything else the prescriber wrote. */
  notes: z.optional(z.string().check(z.maxLength(2000))),
});
/** The dosing steps exactly as prescribed. */
export type Prescription = z.infer<typeof PrescriptionSchema>;

/** The person's own care plan: who to call, what they take, and what their prescription says. */
export const CarePlanSchema = z.object({
  sitter: z.optional(ContactPersonSchema),
  careTeam: z.optional(ContactPersonSchema),
  prescriber: z.optional(ContactPersonSchema),
  medicines: z.array(MedicineSchema),
  prescription: z.optional(PrescriptionSchema),
  /**
   * Whether the person's care team told them they may go ahead when blood pressure is in the pack's caution band
   * (between the caution and hold limits). The dose rule reads it at the moment of recording.
   */
  cautionBandAllowed: z.boolean(),
  /** What the care team said about the caution band, in the person's words (optional: added after the first schema). */
  cautionBandNote: z.optional(z.string().check(z.maxLength(1000))),
  /** Allergies, in the person's words, for the emergency card (optional: added after the first schema). */
  allergies: z.optional(z.string().check(z.maxLength(1000))),
  updatedAt: z.string(),
});
/** The person's own care plan. */
export type CarePlan = z.infer<typeof CarePlanSchema>;

/** An empty care plan. */
export const EMPTY_CARE_PLAN: CarePlan = { medicines: [], cautionBandAllowed: false, updatedAt: '' };

/**
 * What the emergency card and the sitter guide show: the people to call, the medicines, the allergies. These fields
 * of the care plan stay readable while the app is locked (crisis help never waits for a passphrase).
 */
export const EmergencyDetailsSchema = z.object({
  sitter: z.optional(ContactPersonSchema),
  careTeam: z.optional(ContactPersonSchema),
  prescriber: z.optional(ContactPersonSchema),
  medicines: z.array(MedicineSchema),
  allergies: z.optional(z.string().check(z.maxLength(1000))),
});
/** What the emergency card and the sitter guide show. */
export type EmergencyDetails = z.infer<typeof EmergencyDetailsSchema>;
