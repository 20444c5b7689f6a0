import { dueFollowUps, type PlanFollowUp, PlanFollowUpSchema } from '../domain/journal-plan';
import { getDb } from './db';
import { deleteRecord, listRecords, parseRecord, putRecord } from './record-store';
import { STORES } from './schema';
import { toStorageError } from './storage-error';

/** Saves one follow-up durably (marking it done, or editing its note). */
export function saveFollowUp(followUp: PlanFollowUp): Promise<void> {
  return putRecord(STORES.plans, PlanFollowUpSchema, followUp);
}

/** Saves a commitment's follow-ups together, in one transaction. */
export async function saveFollowUps(followUps: readonly PlanFollowUp[]): Promise<void> {
  const checked = followUps.map((c) => PlanFollowUpSchema.parse(c));
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.plans, 'readwrite', { durability: 'strict' });
    await Promise.all([...checked.map((c) => tx.store.put(c)), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every follow-up, soonest due first. */
export function listFollowUps(): Promise<PlanFollowUp[]> {
  return listRecords(STORES.plans, PlanFollowUpSchema, { direction: 'oldest' });
}

/** Follow-ups due by now and not yet done, read through the 'by-date' index up to now only. */
export async function listDueFollowUps(now: Date = new Date()): Promise<PlanFollowUp[]> {
  try {
    const db = await getDb();
    const tx = db.transaction(STORES.plans, 'readonly');
    const out: PlanFollowUp[] = [];
    let cursor = await tx.store.index('by-date').openCursor(IDBKeyRange.upperBound(now.toISOString()));
    while (cursor) {
      const followUp = parseRecord(STORES.plans, PlanFollowUpSchema, cursor.value, cursor.primaryKey);
      if (followUp) out.push(followUp);
      cursor = await cursor.continue();
    }
    await tx.done;
    return dueFollowUps(out, now);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Removes one follow-up. */
export function deleteFollowUp(id: string): Promise<void> {
  return deleteRecord(STORES.plans, id);
}
