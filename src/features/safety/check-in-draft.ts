import { z } from 'zod/mini';
import { FollowedSchema } from '../../domain/readiness-record';
import { VitalsReadingSchema } from '../../domain/vitals';

/** The check-in answers as they are being given, step by step (everything optional until answered). */
export const CheckInDraftSchema = z.object({
  lastFoodAt: z.optional(z.string()),
  lastDrinkAt: z.optional(z.string()),
  alcoholOrCannabis: z.optional(z.boolean()),
  /** Whether the prescriber said to skip a stimulant today. */
  skipStimulantToday: z.optional(z.boolean()),
  stimulantsFollowed: z.optional(FollowedSchema),
  medicines: z.optional(FollowedSchema),
  sitterPresent: z.optional(z.boolean()),
  sitterName: z.optional(z.string()),
  sitterPhone: z.optional(z.string()),
  placeReady: z.optional(z.boolean()),
  firstReading: z.optional(VitalsReadingSchema),
  secondReading: z.optional(VitalsReadingSchema),
});
/** The check-in answers as they are being given. */
export type CheckInDraft = z.infer<typeof CheckInDraftSchema>;

/** The steps of the check-in, in order. */
export type CheckInStep =
  | 'fasting'
  | 'alcohol'
  | 'stimulants'
  | 'medicines'
  | 'sitter'
  | 'place'
  | 'vitals'
  | 'recheck';

/** Every step before the decision; the re-check only when the first reading asked for one. */
export function checkInSteps(recheckNeeded: boolean): CheckInStep[] {
  const steps: CheckInStep[] = ['fasting', 'alcohol', 'stimulants', 'medicines', 'sitter', 'place', 'vitals'];
  return recheckNeeded ? [...steps, 'recheck'] : steps;
}
