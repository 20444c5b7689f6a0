// The reads behind the home screen's first frame: the same records, through the same indexes, as the stores' own
// reads (sessions-store, drafts-store, plans-store, entries-store, scale-results-store), side by side with one
// request per store (readRawMany in record-store.ts), each record checked by the home screen's hand-written checks
// (domain/home-summary.ts) instead of its zod schema, so neither zod nor the record schemas are on the home screen's
// path. Opened like every read: a sealed record needs the lock's key.
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
import { checkRecords, manyRead, readRawMany } from './record-store';
import { STORES } from './schema';

/** What the home screen reads, each part as checked; `complete` is false when a part could not be read (it is empty). */
export interface HomeRecords {
  /** Every session, newest first (as sessions-store lists them). */
  sessions: HomeSession[];
  /** Every draft, in key order. */
  drafts: HomeDraft[];
  /** The follow-ups due by `now` (done or not). */
  followUps: HomeFollowUp[];
  /** The newest journal entry, if it reads (as entries-store's lastEntry: a damaged newest one shows none). */
  last: HomeEntry | undefined;
  /** Every questionnaire result (only the scale and when: the home screen counts what is due). */
  results: HomeScaleResult[];
  complete: boolean;
}

/** A part as read, or none when it failed. */
const partOf = <T>(part: PromiseSettledResult<T[]>): T[] => (part.status === 'fulfilled' ? part.value : []);

/** Reads everything the home screen shows, as of `now`. A part that fails (a sealed record while locked) is empty. */
export async function readHomeRecords(now: Date): Promise<HomeRecords> {
  const raw = await readRawMany([
    manyRead(STORES.sessions, { index: 'by-date' }),
    manyRead(STORES.drafts),
    manyRead(STORES.plans, { index: 'by-date', range: IDBKeyRange.upperBound(now.toISOString()) }),
    manyRead(STORES.entries, { index: 'by-date', lastOnly: true }),
    manyRead(STORES.scaleResults),
  ]).catch(() => undefined);
  const parts = await Promise.allSettled([
    checkRecords(STORES.sessions, checkHomeSession, raw?.[0] ?? []),
    checkRecords(STORES.drafts, checkHomeDraft, raw?.[1] ?? []),
    checkRecords(STORES.plans, checkHomeFollowUp, raw?.[2] ?? []),
    checkRecords(STORES.entries, checkHomeEntry, raw?.[3] ?? []),
    checkRecords(STORES.scaleResults, checkHomeScaleResult, raw?.[4] ?? []),
  ]);
  const [sessions, drafts, followUps, last, results] = parts;
  return {
    sessions: partOf(sessions).reverse(),
    drafts: partOf(drafts),
    followUps: partOf(followUps),
    last: partOf(last)[0],
    results: partOf(results),
    complete: raw !== undefined && parts.every((part) => part.status === 'fulfilled'),
  };
}
