import type { CarePlan } from './care-plan';
import { checkInRule } from './pack-limits';
import type { ProtocolPack } from './protocol-pack';
import type { ReadinessRecord } from './readiness-record';
import { mayStartSession } from './readiness-start';

// The one rule for recording a dose (and for starting a session that leads to one). It reads only stored records: a
// link's ?readiness= id and a screen's state can name a check-in, never grant one. Every route to a dose asks this at
// the moment of recording, with storage read again then, so Back, a second tab or an old screen decide the same.

/** What is being recorded: the dose (also asked before a session starts), or a prescribed booster after it. */
export type DoseKind = 'dose' | 'booster';

/** Everything the rule looks at. Pure data: the caller reads storage and the clock at the moment of the tap. */
export interface DosePermissionInput {
  kind: DoseKind;
  /** Every stored check-in, in any order. */
  checkIns: readonly ReadinessRecord[];
  carePlan: Pick<CarePlan, 'cautionBandAllowed'>;
  pack: ProtocolPack;
  now: Date;
  /** For a booster: when the session's dose was recorded. */
  dosedAt?: string | undefined;
  /** The check-in a link names, if any: reported on, never trusted. */
  namedId?: string | undefined;
}

/** Why a dose may not be recorded now. */
export type DoseRefusal =
  | 'no-check-in'
  | 'hold'
  | 'caution-not-allowed'
  | 'talk-first'
  | 'not-today'
  | 'stale'
  | 'no-dose-yet';

/** What the link's check-in id turned out to be, when there was one. */
export type NamedCheckIn = 'latest' | 'not-latest' | 'unknown';

/** The rule's answer: allowed (by a check-in, or because the pack does not use one), or refused and why. */
export type DosePermission =
  | { allowed: true; by: 'check-in'; readinessId: string; named?: NamedCheckIn }
  | { allowed: true; by: 'check-in-not-used'; packId: string; packVersion: string; named?: NamedCheckIn }
  | { allowed: false; why: DoseRefusal; message: string; readinessId?: string; named?: NamedCheckIn };

function timeOf(record: ReadinessRecord): number {
  const at = Date.parse(record.createdAt);
  return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
}

/** The latest check-in by the time it was made (a record with a damaged time never counts as the latest). */
export function latestCheckIn(checkIns: readonly ReadinessRecord[]): ReadinessRecord | undefined {
  let latest: ReadinessRecord | undefined;
  for (const record of checkIns) {
    if (timeOf(record) === Number.NEGATIVE_INFINITY) continue;
    if (!latest || timeOf(record) > timeOf(latest)) latest = record;
  }
  return latest;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function clock(at: Date): string {
  return at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Whether a check-in's own decision lets a dose follow (ready, or a caution the care plan allows). */
function passes(record: ReadinessRecord, carePlan: Pick<CarePlan, 'cautionBandAllowed'>): boolean {
  return mayStartSession(record.decision, record.reasons, carePlan.cautionBandAllowed);
}

function refusalOf(record: ReadinessRecord, carePlan: Pick<CarePlan, 'cautionBandAllowed'>): DoseRefusal {
  if (record.decision === 'hold') return 'hold';
  const concerns = record.reasons.filter((r) => r.level !== 'ok');
  const onlyBloodPressure = concerns.every((r) => r.ruleId === 'blood-pressure');
  return onlyBloodPressure && !carePlan.cautionBandAllowed ? 'caution-not-allowed' : 'talk-first';
}

const MESSAGES: Record<DoseRefusal, (at: string, minutes: number) => string> = {
  'no-check-in': () =>
    'There is no check-in yet. A dose can be recorded only after a session-day check-in that passes.',
  hold: (at) => `Your latest check-in (${at}) says hold. A hold stays until a new check-in passes.`,
  'caution-not-allowed': (at) =>
    `Your latest check-in (${at}) is in the caution range, and your care plan does not say you may go ahead in it. Talk with your care team.`,
  'talk-first': (at) =>
    `Your latest check-in (${at}) asks you to talk with your care team first. After that, check in again.`,
  'not-today': (at) => `Your latest check-in (${at}) was not today. Do today’s check-in first.`,
  stale: (at, minutes) =>
    `Your latest check-in (${at}) was more than ${minutes} minutes ago. Check in again, right before your dose.`,
  'no-dose-yet': () => 'Record your dose first. A booster comes only after it.',
};

/**
 * Whether a dose (or booster) may be recorded now. The latest check-in decides: it must pass (ready, or a caution the
 * care plan allows), be from today and from within the pack's window (for a booster: within the window before the
 * dose); a later check-in that does not pass always wins, so a hold stays until a new check-in passes. Where the pack
 * does not use the check-in, a dose is allowed without one, unless today's latest check-in does not pass.
 */
export function decideDosePermission(input: DosePermissionInput): DosePermission {
  const { kind, checkIns, carePlan, pack, now, dosedAt, namedId } = input;
  const latest = latestCheckIn(checkIns);
  const named: NamedCheckIn | undefined =
    namedId === undefined
      ? undefined
      : latest?.id === namedId
        ? 'latest'
        : checkIns.some((r) => r.id === namedId)
          ? 'not-latest'
          : 'unknown';
  const withNamed = named === undefined ? {} : { named };
  const rule = checkInRule(pack);
  const refuse = (why: DoseRefusal, record?: ReadinessRecord): DosePermission => ({
    allowed: false,
    why,
    message: MESSAGES[why](record ? clockOrDay(new Date(record.createdAt), now) : '', rule.validMinutes),
    ...(record ? { readinessId: record.id } : {}),
    ...withNamed,
  });

  if (kind === 'booster' && !dosedAt) return refuse('no-dose-yet');
  if (latest && !passes(latest, carePlan) && (rule.used || sameLocalDay(new Date(latest.createdAt), now))) {
    return refuse(refusalOf(latest, carePlan), latest);
  }
  if (!rule.used)
    return { allowed: true, by: 'check-in-not-used', packId: pack.id, packVersion: pack.version, ...withNamed };
  if (!latest) return refuse('no-check-in');
  const madeAt = new Date(latest.createdAt);
  if (!sameLocalDay(madeAt, now)) return refuse('not-today', latest);
  const reference = kind === 'booster' && dosedAt ? new Date(dosedAt) : now;
  if (reference.getTime() - madeAt.getTime() > rule.validMinutes * 60_000) return refuse('stale', latest);
  return { allowed: true, by: 'check-in', readinessId: latest.id, ...withNamed };
}

/** "at 10:05" today, or the day and time for another day. */
function clockOrDay(at: Date, now: Date): string {
  return sameLocalDay(at, now)
    ? `at ${clock(at)}`
    : at.toLocaleString([], { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}
