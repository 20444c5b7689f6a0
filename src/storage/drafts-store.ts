import { type Draft, DraftSchema } from '../domain/draft';
import { getRecord, listAllRecords } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
import { STORES } from './schema';

/** Reads one draft, if there is one. */
export function loadDraft(id: string): Promise<Draft | undefined> {
  return getRecord(STORES.drafts, DraftSchema, id);
}

/** Saves a draft durably (resolves after commit). */
export function saveDraft(draft: Draft): Promise<void> {
  return putRecord(STORES.drafts, DraftSchema, draft);
}

/** Removes a draft once its work has been saved for real. */
export function discardDraft(id: string): Promise<void> {
  return deleteRecord(STORES.drafts, id);
}

/** Every draft, for the home screen ("you have an unfinished entry"). */
export function listDrafts(): Promise<Draft[]> {
  return listAllRecords(STORES.drafts, DraftSchema);
}
