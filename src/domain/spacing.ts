import type { ProtocolPack, RuleLevel } from './protocol-pack';
import type { SessionRecord } from './session';

/** How the time since the last session stands against the pack's spacing rule. */
export type SpacingStatus =
  | { kind: 'first' }
  | { kind: 'ok'; hoursSince: number }
  | { kind: 'too-soon'; hoursSince: number; level: RuleLevel; okAt: Date }
  | { kind: 'long-gap'; daysSince: number; level: RuleLevel };

/**
 * When the last session happened: the dose time, or the record's creation, of sessions that took place. Planned
 * sessions have not happened and cancelled ones never will, so neither counts; nor does the session under way, which
 * is the one a check-in now is for (counting it would make every check-in during it "too soon").
 */
export function lastSessionAt(sessions: readonly SessionRecord[]): Date | undefined {
  let latest: number | undefined;
  for (const session of sessions) {
    if (session.status !== 'ended') continue;
    const at = new Date(session.dosedAt ?? session.createdAt).getTime();
    if (!Number.isNaN(at) && (latest === undefined || at > latest)) latest = at;
  }
  return latest === undefined ? undefined : new Date(latest);
}

/** Checks the time since the last session against the pack. */
export function spacingStatus(last: Date | undefined, pack: ProtocolPack, now: Date): SpacingStatus {
  if (!last) return { kind: 'first' };
  const rule = pack.readiness.spacing;
  const hoursSince = (now.getTime() - last.getTime()) / 3_600_000;
  if (hoursSince < rule.minHours) {
    return {
      kind: 'too-soon',
      hoursSince,
      level: rule.tooSoon,
      okAt: new Date(last.getTime() + rule.minHours * 3_600_000),
    };
  }
  const daysSince = hoursSince / 24;
  if (daysSince > rule.checkInAfterDays) return { kind: 'long-gap', daysSince, level: rule.longGap };
  return { kind: 'ok', hoursSince };
}
