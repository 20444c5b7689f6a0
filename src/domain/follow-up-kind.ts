// The three integration follow-ups and which are due: free of zod, so the home screen's card can list them without
// loading the plan's schema (domain/journal-plan.ts builds on this).

/** The three integration follow-ups: 72 hours, one week and one month after a session. */
export const FOLLOW_UP_KINDS = ['72h', '1w', '1m'] as const;
/** One of the three integration follow-ups. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Words for each follow-up, as a person would say them. */
export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  '72h': '3 days after',
  '1w': 'One week after',
  '1m': 'One month after',
};

/** Whether a stored value names one of the follow-ups. */
export function isFollowUpKind(value: unknown): value is FollowUpKind {
  return (FOLLOW_UP_KINDS as readonly unknown[]).includes(value);
}

/** Follow-ups that are due by `now` and not done yet, soonest due first. */
export function dueFollowUps<T extends { dueAt: string; doneAt?: string | undefined }>(
  followUps: readonly T[],
  now: Date,
): T[] {
  return followUps
    .filter((c) => !c.doneAt && Date.parse(c.dueAt) <= now.getTime())
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
