import { dueCheckIns, type PlanCheckIn, PlanCheckInSchema } from '../domain/journal-plan';
import { getDb } from './db';
import { deleteRecord, listRecords, parseRecord, putRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

/** Saves one check-in durably (marking it done, or editing its note). */
export function saveCheckIn(checkIn: PlanCheckIn): Promise<void> {
  return putRecord(STORES.plans, PlanCheckInSchema, checkIn);
}

/** Saves a commitment's check-ins together, in one transaction. */
export async function saveCheckIns(checkIns: readonly PlanCheckIn[]): Promise<void> {
  const checked = checkIns.map((c) => PlanCheckInSchema.parse(c));
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.plans, 'readwrite', { durability: 'strict' });
    await Promise.all([...checked.map((c) => tx.store.put(c)), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every check-in, soonest due first. */
export function listCheckIns(): Promise<PlanCheckIn[]> {
  return listRecords(STORES.plans, PlanCheckInSchema, { direction: 'oldest' });
}

/** Check-ins due by now and not yet done, read through the 'by-date' index up to now only. */
export async function listDueCheckIns(now: Date = new Date()): Promise<PlanCheckIn[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.plans, 'readonly');
    const out: PlanCheckIn[] = [];
    let cursor = await tx.store.index('by-date').openCursor(IDBKeyRange.upperBound(now.toISOString()));
    while (cursor) {
      const checkIn = parseRecord(STORES.plans, PlanCheckInSchema, cursor.value, cursor.primaryKey);
      if (checkIn) out.push(checkIn);
      cursor = await cursor.continue();
    }
    await tx.done;
    return dueCheckIns(out, now);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Removes one check-in. */
export function deleteCheckIn(id: string): Promise<void> {
  return deleteRecord(STORES.plans, id);
}
