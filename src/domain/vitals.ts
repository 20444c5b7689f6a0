import { z } from 'zod/mini';
import { beyond, bloodPressureCompare, heartRateLimit } from './pack-limits';
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

/** The band of the blood pressure alone: either number beyond its limit (as the pack compares) decides. */
export function bloodPressureBand(reading: VitalsReading, pack: ProtocolPack): VitalsBand {
  const { caution, hold } = pack.readiness.bloodPressure;
  const compare = bloodPressureCompare(pack);
  const past = (limit: { systolic: number; diastolic: number }) =>
    beyond(reading.systolic, limit.systolic, compare) || beyond(reading.diastolic, limit.diastolic, compare);
  if (past(hold)) return 'hold';
  if (past(caution)) return 'caution';
  return 'normal';
}

/** The band of the resting heart rate: beyond the pack's limit (or below its low limit, where it sets one) holds. */
export function heartRateBand(reading: VitalsReading, pack: ProtocolPack): VitalsBand {
  const { limit, compare } = heartRateLimit(pack);
  const low = pack.readiness.heartRate.holdBelow;
  return beyond(reading.heartRate, limit, compare) || (low !== undefined && reading.heartRate < low)
    ? 'hold'
    : 'normal';
}

/** Whether a first reading needs a re-check after more rest (anything outside the normal band). */
export function needsRecheck(first: VitalsReading, pack: ProtocolPack): boolean {
  return bloodPressureBand(first, pack) !== 'normal' || heartRateBand(first, pack) !== 'normal';
}
