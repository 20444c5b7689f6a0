import { z } from 'zod/mini';
import {
  type CarePlan,
  CarePlanSchema,
  EMPTY_CARE_PLAN,
  type EmergencyDetails,
  EmergencyDetailsSchema,
} from '../domain/care-plan';
import { lockedView } from './at-rest';
import { getRecord, parseRecord, readRaw } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

// WARNING: the record key is stored on devices; never rename it.
const KEY = 'care-plan';
const StoredCarePlan = z.object({ key: z.literal(KEY), value: CarePlanSchema });
// What stays readable of the care plan while the app is locked (storage/at-rest-policy.ts keeps these fields clear).
const StoredEmergencyDetails = z.object({ key: z.literal(KEY), value: EmergencyDetailsSchema });

/** Reads the care plan, or an empty one. */
export async function loadCarePlan(): Promise<CarePlan> {
  return (await getRecord(STORES.settings, StoredCarePlan, KEY))?.value ?? EMPTY_CARE_PLAN;
}

/**
 * What the emergency card and the sitter guide show: the people to call, the medicines, the allergies. Readable
 * while the app is locked (those fields stay in the clear); the whole care plan is read when it is unlocked.
 */
export async function loadEmergencyDetails(): Promise<EmergencyDetails> {
  const [raw] = await readRaw(STORES.settings, { range: IDBKeyRange.only(KEY) });
  const clear = lockedView(raw?.value);
  if (clear) return parseRecord(STORES.settings, StoredEmergencyDetails, clear, KEY)?.value ?? EMPTY_CARE_PLAN;
  return loadCarePlan();
}

/** Saves the care plan (a whole record: read, change, save). */
export async function saveCarePlan(plan: CarePlan): Promise<void> {
  await putRecord(STORES.settings, StoredCarePlan, {
    key: KEY,
    value: { ...plan, updatedAt: new Date().toISOString() },
  });
}

/** Changes some fields of the care plan and saves it. */
export async function updateCarePlan(patch: Partial<CarePlan>): Promise<CarePlan> {
  const next = { ...(await loadCarePlan()), ...patch };
  await saveCarePlan(next);
  return next;
}
