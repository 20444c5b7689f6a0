import { z } from 'zod/mini';

// Limits catch slips of the finger (a missing digit, swapped fields), not health decisions: the readiness check
// and the care team judge the numbers themselves.

/** Plausible systolic pressure (mmHg). */
export const SYSTOLIC_RANGE = { min: 60, max: 260 } as const;
/** Plausible diastolic pressure (mmHg). */
export const DIASTOLIC_RANGE = { min: 30, max: 160 } as const;
/** Plausible heart rate (beats per minute). */
export const HEART_RATE_RANGE = { min: 30, max: 220 } as const;

/** Blood pressure and heart rate taken at the end of a session. */
export const VitalsSchema = z.object({
  systolic: z.number().check(z.int(), z.minimum(SYSTOLIC_RANGE.min), z.maximum(SYSTOLIC_RANGE.max)),
  diastolic: z.number().check(z.int(), z.minimum(DIASTOLIC_RANGE.min), z.maximum(DIASTOLIC_RANGE.max)),
  heartRate: z.number().check(z.int(), z.minimum(HEART_RATE_RANGE.min), z.maximum(HEART_RATE_RANGE.max)),
  /** ISO time they were taken. */
  at: z.string(),
});
/** Blood pressure and heart rate taken at the end of a session. */
export type Vitals = z.infer<typeof VitalsSchema>;

/** The fields of the vitals form, as typed. */
export interface VitalsInput {
  systolic: string;
  diastolic: string;
  heartRate: string;
}

/** A plain-words problem with one field of the vitals form. */
export type VitalsErrors = Partial<Record<keyof VitalsInput, string>>;

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null;
}

function inRange(value: number | null, range: { min: number; max: number }): value is number {
  return value !== null && value >= range.min && value <= range.max;
}

/** Checks typed vitals for slips; returns the reading, or a message for each field that looks mistyped. */
export function readVitals(
  input: VitalsInput,
  at: string,
): { ok: true; vitals: Vitals } | { ok: false; errors: VitalsErrors } {
  const systolic = wholeNumber(input.systolic);
  const diastolic = wholeNumber(input.diastolic);
  const heartRate = wholeNumber(input.heartRate);
  const errors: VitalsErrors = {};
  if (!inRange(systolic, SYSTOLIC_RANGE)) {
    errors.systolic = `Enter the top number, between ${SYSTOLIC_RANGE.min} and ${SYSTOLIC_RANGE.max}.`;
  }
  if (!inRange(diastolic, DIASTOLIC_RANGE)) {
    errors.diastolic = `Enter the bottom number, between ${DIASTOLIC_RANGE.min} and ${DIASTOLIC_RANGE.max}.`;
  } else if (systolic !== null && diastolic >= systolic) {
    errors.diastolic = 'The bottom number should be lower than the top number. Check the reading.';
  }
  if (!inRange(heartRate, HEART_RATE_RANGE)) {
    errors.heartRate = `Enter the heart rate, between ${HEART_RATE_RANGE.min} and ${HEART_RATE_RANGE.max}.`;
  }
  if (
    Object.keys(errors).length > 0 ||
    !inRange(systolic, SYSTOLIC_RANGE) ||
    !inRange(diastolic, DIASTOLIC_RANGE) ||
    !inRange(heartRate, HEART_RATE_RANGE)
  ) {
    return { ok: false, errors };
  }
  return { ok: true, vitals: { systolic, diastolic, heartRate, at } };
}
