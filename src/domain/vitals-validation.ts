// Catches typing slips before they reach a decision: a systolic of 1400, a diastolic above the systolic, a heart
// rate of 0. The bounds are wide on purpose: they only catch what cannot be a real resting reading.

/** What was typed into the reading form, as text. */
export interface VitalsInput {
  systolic: string;
  diastolic: string;
  heartRate: string;
}

/** A field of the reading form. */
export type VitalsField = keyof VitalsInput;

/** The result of checking a reading: the numbers, or what looks wrong, field by field. */
export type VitalsCheck =
  | { ok: true; values: { systolic: number; diastolic: number; heartRate: number } }
  | { ok: false; errors: Partial<Record<VitalsField, string>> };

const LIMITS: Record<VitalsField, { min: number; max: number; name: string }> = {
  systolic: { min: 60, max: 260, name: 'The top number (systolic)' },
  diastolic: { min: 30, max: 160, name: 'The bottom number (diastolic)' },
  heartRate: { min: 25, max: 230, name: 'A heart rate' },
};

function checkNumber(field: VitalsField, raw: string): { value?: number; error?: string } {
  const trimmed = raw.trim();
  const { min, max, name } = LIMITS[field];
  if (trimmed === '') return { error: 'Enter the number from your monitor.' };
  if (!/^\d{1,4}$/.test(trimmed)) return { error: 'Enter whole numbers only, as your monitor shows them.' };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return {
      error: `${name} of ${value} looks like a slip. It is usually between ${min} and ${max}. Check the monitor.`,
    };
  }
  return { value };
}

/** Checks a typed reading and says, in plain words, what looks wrong. */
export function checkVitalsInput(input: VitalsInput): VitalsCheck {
  const errors: Partial<Record<VitalsField, string>> = {};
  const values: Partial<Record<VitalsField, number>> = {};
  for (const field of ['systolic', 'diastolic', 'heartRate'] as const) {
    const { value, error } = checkNumber(field, input[field]);
    if (error) errors[field] = error;
    else values[field] = value;
  }
  if (values.systolic !== undefined && values.diastolic !== undefined && values.diastolic >= values.systolic) {
    errors.diastolic = 'The bottom number should be lower than the top number. Check you did not swap them.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    values: { systolic: values.systolic ?? 0, diastolic: values.diastolic ?? 0, heartRate: values.heartRate ?? 0 },
  };
}

/** Checks a typed date-time (from a datetime-local field) is a real moment that is not in the future. */
export function checkPastTime(raw: string, now: Date): { ok: true; at: Date } | { ok: false; error: string } {
  if (raw.trim() === '') return { ok: false, error: 'Enter the date and time.' };
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) return { ok: false, error: 'That does not look like a date and time.' };
  // A minute of grace: the clock may tick over while the person types "now".
  if (at.getTime() > now.getTime() + 60_000) return { ok: false, error: 'That time is in the future. Check the time.' };
  return { ok: true, at };
}
