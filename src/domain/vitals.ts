import { z } from 'zod/mini';
import type { ProtocolPack } from './protocol-pack';

/** One blood-pressure and heart-rate reading, taken seated after rest. */
export const VitalsReadingSchema = z.object({
  systolic: z.number().check(z.int(), z.minimum(40), z.maximum(300)),
  diastolic: z.number().check(z.int(), z.minimum(20), z.maximum(250)),
  heartRate: z.number().check(z.int(), z.minimum(20), z.maximum(250)),
  /** ISO time the reading was taken. */
  takenAt: z.string(),
});
/** One blood-pressure and heart-rate reading. */
export type VitalsReading = z.infer<typeof VitalsReadingSchema>;

/** Where a reading falls against the pack's bands. */
export type VitalsBand = 'normal' | 'caution' | 'hold';

/** The band of the blood pressure alone: the higher of systolic and diastolic decides. */
export function bloodPressureBand(reading: VitalsReading, pack: ProtocolPack): VitalsBand {
  const { caution, hold } = pack.readiness.bloodPressure;
  if (reading.systolic >= hold.systolic || reading.diastolic >= hold.diastolic) return 'hold';
  if (reading.systolic >= caution.systolic || reading.diastolic >= caution.diastolic) return 'caution';
  return 'normal';
}

/** The band of the resting heart rate: outside the pack's range is a hold. */
export function heartRateBand(reading: VitalsReading, pack: ProtocolPack): VitalsBand {
  const rule = pack.readiness.heartRate;
  return reading.heartRate >= rule.holdAtOrAbove || reading.heartRate < rule.holdBelow ? 'hold' : 'normal';
}

/** Whether a first reading needs a re-check after more rest (anything outside the normal band). */
export function needsRecheck(first: VitalsReading, pack: ProtocolPack): boolean {
  return bloodPressureBand(first, pack) !== 'normal' || heartRateBand(first, pack) !== 'normal';
}
