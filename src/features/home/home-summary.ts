// The one read behind the home screen's first frame: the few facts its cards show, each record checked on read by
// the home screen's own small checks (domain/home-summary.ts), not zod. Nothing here loads zod, the record schemas,
// the protocol pack or the safety rules; the cards that need those fill in after the screen is usable.
import { dueFollowUps } from '../../domain/follow-up-kind';
import type { HomeSummary } from '../../domain/home-summary';
import { latestByScale } from '../../domain/scale-id';
import { activeOf, nextPlanned } from '../../domain/session-status';
import { readHomeRecords } from '../../storage/home-reads';

export type { HomeSummary } from '../../domain/home-summary';

/** The summary, and whether every part of it read (a part that failed shows as empty). */
export interface HomeSummaryRead {
  summary: HomeSummary;
  complete: boolean;
}

/** Reads the home screen's summary, every part at once. */
export async function readHomeSummary(now = new Date()): Promise<HomeSummaryRead> {
  const { sessions, drafts, followUps, last, results, complete } = await readHomeRecords(now);
  return {
    complete,
    summary: {
      active: activeOf(sessions),
      next: nextPlanned(sessions, now),
      drafts: drafts.filter((draft) => draft.text.trim() !== ''),
      due: dueFollowUps(followUps, now),
      last,
      lastCompleted: latestByScale(results),
    },
  };
}
