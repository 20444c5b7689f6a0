import { type ChecklistProgress, ChecklistProgressSchema } from '../domain/checklist';
import { getRecord } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
import { STORES } from './schema';

/** Reads what has been ticked for one session (nothing ticked yet when there is no record). */
export async function loadChecklistProgress(sessionId: string): Promise<ChecklistProgress> {
  return (
    (await getRecord(STORES.checklists, ChecklistProgressSchema, sessionId)) ?? {
      id: sessionId,
      ticked: [],
      updatedAt: '',
    }
  );
}

/** Saves the ticked items for one session durably, stamped with the time. */
export async function saveChecklistProgress(sessionId: string, ticked: readonly string[]): Promise<ChecklistProgress> {
  const record: ChecklistProgress = { id: sessionId, ticked: [...ticked], updatedAt: new Date().toISOString() };
  await putRecord(STORES.checklists, ChecklistProgressSchema, record);
  return record;
}

/** Forgets a session's checklist progress. */
export function deleteChecklistProgress(sessionId: string): Promise<void> {
  return deleteRecord(STORES.checklists, sessionId);
}
