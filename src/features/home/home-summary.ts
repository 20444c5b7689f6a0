// The one read behind the home screen's first frame: the few facts its cards show, each record checked on read by
// the home screen's own small checks (domain/home-summary.ts), not zod. Nothing here loads zod, the record schemas,
// the protocol pack or the safety rules; the cards that need those fill in after the screen is usable.
import { dueFollowUps } from '../../domain/follow-up-kind';
import type { HomeSummary } from '../../domain/home-summary';
import { latestByScale } from '../../domain/scale-id';
import { activeOf, nextPlanned } from '../../domain/session-status';
import { homeDrafts, homeFollowUpsUpTo, homeLastEntry, homeScaleResults, homeSessions } from '../../storage/home-reads';

export type { HomeSummary } from '../../domain/home-summary';

const empty = <T>(read: Promise<T>, fallback: T): Promise<T> => read.catch(() => fallback);

/** Reads the home screen's summary, every part at once. */
export async function loadHomeSummary(now = new Date()): Promise<HomeSummary> {
  const [sessions, drafts, followUps, last, results] = await Promise.all([
    empty(homeSessions(), []),
    empty(homeDrafts(), []),
    empty(homeFollowUpsUpTo(now), []),
    empty(homeLastEntry(), undefined),
    empty(homeScaleResults(), []),
  ]);
  return {
    active: activeOf(sessions),
    next: nextPlanned(sessions, now),
    drafts: drafts.filter((draft) => draft.text.trim() !== ''),
    due: dueFollowUps(followUps, now),
    last,
    lastCompleted: latestByScale(results),
  };
}
