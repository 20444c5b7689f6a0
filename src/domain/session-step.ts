import { z } from 'zod/mini';
import type { Prescription } from './care-plan';

// The dosing steps come only from the prescription as the person copied it. The app never suggests a dose or a
// booster: a booster step exists only when the prescription includes one, and it is only ever recorded.

/** The kinds of step a session can record. */
export const SessionStepKindSchema = z.enum(['dose', 'after-hold', 'booster']);
/** The kinds of step a session can record. */
export type SessionStepKind = z.infer<typeof SessionStepKindSchema>;

/** A step the person recorded, with its time. */
export const SessionStepSchema = z.object({
  kind: SessionStepKindSchema,
  /** ISO time the person said they did it. */
  at: z.string(),
});
/** A step the person recorded. */
export type SessionStep = z.infer<typeof SessionStepSchema>;

/** One step to show, with the prescriber's words it repeats. */
export interface PlannedStep {
  kind: SessionStepKind;
  /** The prescription's own words for it, if any. */
  instructions?: string;
}

const AFTER_HOLD_WORDS: Record<NonNullable<Prescription['afterHold']>, string> = {
  spit: 'Spit, as your prescriber instructed.',
  swallow: 'Swallow, as your prescriber instructed.',
  'as-instructed': 'Spit or swallow as your prescriber instructed.',
};

/** What to do when the hold ends, in the prescription's terms. */
export function afterHoldWords(prescription: Prescription): string {
  return AFTER_HOLD_WORDS[prescription.afterHold ?? 'as-instructed'];
}

/** The steps of a session, exactly as the prescription lists them. */
export function stepsFromPrescription(prescription: Prescription): PlannedStep[] {
  const steps: PlannedStep[] = [{ kind: 'dose', instructions: prescription.doseAsWritten }];
  if (prescription.holdMinutes !== undefined && prescription.holdMinutes > 0) {
    steps.push({ kind: 'after-hold', instructions: afterHoldWords(prescription) });
  }
  if (prescription.boosterPrescribed) {
    const booster: PlannedStep = { kind: 'booster' };
    if (prescription.boosterInstructions) booster.instructions = prescription.boosterInstructions;
    steps.push(booster);
  }
  return steps;
}

/** Milliseconds left of the prescribed hold, counted from the recorded dose time. */
export function holdRemaining(dosedAt: string, holdMinutes: number, now: Date): number {
  const start = Date.parse(dosedAt);
  if (Number.isNaN(start)) return 0;
  return Math.max(0, start + holdMinutes * 60_000 - now.getTime());
}

/** The recorded time of a step, if it was recorded. */
export function stepTime(steps: readonly SessionStep[] | undefined, kind: SessionStepKind): string | undefined {
  return steps?.find((step) => step.kind === kind)?.at;
}
