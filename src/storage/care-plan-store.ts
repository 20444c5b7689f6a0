import { z } from 'zod/mini';
import { type CarePlan, CarePlanSchema, EMPTY_CARE_PLAN } from '../domain/care-plan';
import { getRecord, putRecord } from './record-store';
import { STORES } from './schema';

// WARNING: the record key is stored on devices; never rename it.
const KEY = 'care-plan';
const StoredCarePlan = z.object({ key: z.literal(KEY), value: CarePlanSchema });

/** Reads the care plan, or an empty one. */
export async function loadCarePlan(): Promise<CarePlan> {
  return (await getRecord(STORES.settings, StoredCarePlan, KEY))?.value ?? EMPTY_CARE_PLAN;
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
