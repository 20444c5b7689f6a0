// The reads behind the home screen's first frame: the same records, through the same indexes, as the stores'
// own reads (sessions-store, drafts-store, plans-store, entries-store, scale-results-store), each checked by the
// home screen's hand-written checks (domain/home-summary.ts) instead of its zod schema, so neither zod nor the
// record schemas are on the home screen's path. Opened like every read: a sealed record needs the lock's key.
import {
  checkHomeDraft,
  checkHomeEntry,
  checkHomeFollowUp,
  checkHomeScaleResult,
  checkHomeSession,
  type HomeDraft,
  type HomeEntry,
  type HomeFollowUp,
  type HomeScaleResult,
  type HomeSession,
} from '../domain/home-summary';
import { readChecked } from './record-store';
import { STORES } from './schema';

/** Every session, newest first (as sessions-store lists them). */
export function homeSessions(): Promise<HomeSession[]> {
  return readChecked(STORES.sessions, checkHomeSession, { index: 'by-date', direction: 'prev' });
}

/** Every draft, in key order. */
export function homeDrafts(): Promise<HomeDraft[]> {
  return readChecked(STORES.drafts, checkHomeDraft);
}

/** The follow-ups due by now (done or not), through the 'by-date' index up to now only. */
export function homeFollowUpsUpTo(now: Date): Promise<HomeFollowUp[]> {
  return readChecked(STORES.plans, checkHomeFollowUp, {
    index: 'by-date',
    range: IDBKeyRange.upperBound(now.toISOString()),
  });
}

/** The newest journal entry, if it reads (as entries-store's lastEntry: a damaged newest one shows none). */
export async function homeLastEntry(): Promise<HomeEntry | undefined> {
  const [last] = await readChecked(STORES.entries, checkHomeEntry, { index: 'by-date', direction: 'prev', limit: 1 });
  return last;
}

/** Every questionnaire result (only the scale and when: the home screen counts what is due). */
export function homeScaleResults(): Promise<HomeScaleResult[]> {
  return readChecked(STORES.scaleResults, checkHomeScaleResult);
}
