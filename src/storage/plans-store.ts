import { dueFollowUps, type PlanFollowUp, PlanFollowUpSchema } from '../domain/journal-plan';
import { atRestState } from './at-rest';
import { listRecords, readRecords } from './record-reads';
import { deleteRecord, prepareRecord, putPrepared, putRecord } from './record-writes';
import { STORES } from './schema';

/** Saves one follow-up durably (marking it done, or editing its note). */
export function saveFollowUp(followUp: PlanFollowUp): Promise<void> {
  return putRecord(STORES.plans, PlanFollowUpSchema, followUp);
}

/** Saves a commitment's follow-ups together, in one transaction. */
export async function saveFollowUps(followUps: readonly PlanFollowUp[]): Promise<void> {
  const { phase } = atRestState();
  const prepared: unknown[] = [];
  for (const followUp of followUps) prepared.push(await prepareRecord(STORES.plans, PlanFollowUpSchema, followUp));
  await putPrepared(STORES.plans, prepared, phase);
}

/** Every follow-up, soonest due first. */
export function listFollowUps(): Promise<PlanFollowUp[]> {
  return listRecords(STORES.plans, PlanFollowUpSchema, { direction: 'oldest' });
}

/** Follow-ups due by now and not yet done, read through the 'by-date' index up to now only. */
export async function listDueFollowUps(now: Date = new Date()): Promise<PlanFollowUp[]> {
  const due = await readRecords(STORES.plans, PlanFollowUpSchema, {
    index: 'by-date',
    range: IDBKeyRange.upperBound(now.toISOString()),
  });
  return dueFollowUps(due, now);
}

/** Removes one follow-up. */
export function deleteFollowUp(id: string): Promise<void> {
  return deleteRecord(STORES.plans, id);
}
