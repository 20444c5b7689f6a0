import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { type DosePermissionInput, decideDosePermission } from '../../../src/domain/dose-permission';
import type { ReadinessRecord } from '../../../src/domain/readiness-record';
import { makeAnswers, makePack, makeReading, NOW } from '../../fixtures/safety-builders';

/** A stored check-in made `minutesAgo` before NOW with a decision; a caution is the blood-pressure band alone. */
function checkIn(id: string, minutesAgo: number, decision: ReadinessRecord['decision']): ReadinessRecord {
  const level = decision === 'ready' ? 'ok' : decision;
  return {
    id,
    createdAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    packId: DEFAULT_PACK.id,
    packVersion: DEFAULT_PACK.version,
    answers: makeAnswers(),
    firstReading: makeReading(),
    decision,
    reasons: [{ ruleId: 'blood-pressure', level, text: 'Blood pressure' }],
    careTeamNotes: [],
  };
}

function decide(overrides: Partial<DosePermissionInput>) {
  return decideDosePermission({
    kind: 'dose',
    checkIns: [],
    carePlan: { cautionBandAllowed: false },
    pack: DEFAULT_PACK,
    now: NOW,
    ...overrides,
  });
}

describe('the dose rule', () => {
  it('refuses a dose when there is no check-in', () => {
    expect(decide({})).toMatchObject({ allowed: false, why: 'no-check-in' });
  });

  it('allows a dose after a ready check-in of today within the pack’s window, and names that check-in', () => {
    expect(decide({ checkIns: [checkIn('a', 10, 'ready')] })).toEqual({
      allowed: true,
      by: 'check-in',
      readinessId: 'a',
    });
  });

  it('refuses after a hold, and a hold stays: an older ready check-in does not count', () => {
    const result = decide({ checkIns: [checkIn('ready', 30, 'ready'), checkIn('hold', 10, 'hold')] });
    expect(result).toMatchObject({ allowed: false, why: 'hold', readinessId: 'hold' });
  });

  it('lets a new check-in that passes end the hold', () => {
    const result = decide({ checkIns: [checkIn('hold', 30, 'hold'), checkIn('again', 5, 'ready')] });
    expect(result).toMatchObject({ allowed: true, readinessId: 'again' });
  });

  it('allows a blood-pressure caution only when the care plan says so', () => {
    const checkIns = [checkIn('c', 5, 'caution')];
    expect(decide({ checkIns })).toMatchObject({ allowed: false, why: 'caution-not-allowed' });
    expect(decide({ checkIns, carePlan: { cautionBandAllowed: true } })).toMatchObject({ allowed: true });
  });

  it('never lets the care plan allow a caution that is not the blood-pressure band', () => {
    const record: ReadinessRecord = {
      ...checkIn('s', 5, 'caution'),
      reasons: [{ ruleId: 'screening', level: 'caution', text: 'Due' }],
    };
    const result = decide({ checkIns: [record], carePlan: { cautionBandAllowed: true } });
    expect(result).toMatchObject({ allowed: false, why: 'talk-first' });
  });

  it('refuses a check-in older than the pack’s window (60 minutes by default), and allows one at exactly 60', () => {
    expect(decide({ checkIns: [checkIn('old', 61, 'ready')] })).toMatchObject({ allowed: false, why: 'stale' });
    expect(decide({ checkIns: [checkIn('edge', 60, 'ready')] })).toMatchObject({ allowed: true });
  });

  it('follows a clinic pack’s window', () => {
    const pack = makePack((p) => {
      if (p.readiness.checkIn) p.readiness.checkIn.validMinutes = 20;
    });
    expect(decide({ pack, checkIns: [checkIn('a', 25, 'ready')] })).toMatchObject({ why: 'stale' });
  });

  it('refuses yesterday’s check-in even inside the window (a check-in at 23:50, a dose at 00:10)', () => {
    const midnight = new Date(2026, 10, 21, 0, 10);
    const late = { ...checkIn('late', 0, 'ready'), createdAt: new Date(2026, 10, 20, 23, 50).toISOString() };
    expect(decide({ now: midnight, checkIns: [late] })).toMatchObject({ allowed: false, why: 'not-today' });
  });

  it('never trusts the link: a made-up id grants nothing, and an old id is not the one that decides', () => {
    expect(decide({ namedId: 'not-a-real-check-in' })).toMatchObject({
      allowed: false,
      why: 'no-check-in',
      named: 'unknown',
    });
    const checkIns = [checkIn('old-ready', 30, 'ready'), checkIn('later-hold', 10, 'hold')];
    expect(decide({ checkIns, namedId: 'old-ready' })).toMatchObject({
      allowed: false,
      why: 'hold',
      named: 'not-latest',
    });
  });

  it('ignores a check-in whose time is damaged when finding the latest', () => {
    const damaged = { ...checkIn('bad', 0, 'ready'), createdAt: 'not a date' };
    expect(decide({ checkIns: [checkIn('hold', 10, 'hold'), damaged] })).toMatchObject({ why: 'hold' });
  });

  describe('a booster', () => {
    it('is refused before the dose', () => {
      expect(decide({ kind: 'booster', checkIns: [checkIn('a', 5, 'ready')] })).toMatchObject({ why: 'no-dose-yet' });
    });

    it('is allowed later in a session whose dose followed a passing check-in', () => {
      const dosedAt = new Date(NOW.getTime() - 50 * 60_000).toISOString();
      const result = decide({ kind: 'booster', dosedAt, checkIns: [checkIn('a', 70, 'ready')] });
      expect(result).toMatchObject({ allowed: true, readinessId: 'a' });
    });

    it('is refused after a later hold', () => {
      const dosedAt = new Date(NOW.getTime() - 40 * 60_000).toISOString();
      const checkIns = [checkIn('a', 50, 'ready'), checkIn('b', 5, 'hold')];
      expect(decide({ kind: 'booster', dosedAt, checkIns })).toMatchObject({ allowed: false, why: 'hold' });
    });
  });

  describe('a pack that does not use the check-in', () => {
    const pack = makePack((p) => {
      if (p.readiness.checkIn) p.readiness.checkIn.used = false;
    });

    it('allows a dose without a check-in, and says which pack allowed it', () => {
      expect(decide({ pack })).toEqual({
        allowed: true,
        by: 'check-in-not-used',
        packId: pack.id,
        packVersion: pack.version,
      });
    });

    it('still refuses after a hold made today', () => {
      expect(decide({ pack, checkIns: [checkIn('h', 120, 'hold')] })).toMatchObject({ allowed: false, why: 'hold' });
    });
  });

  it('uses the conservative default for an older pack with no check-in rule', () => {
    const pack = makePack((p) => {
      delete p.readiness.checkIn;
    });
    expect(decide({ pack })).toMatchObject({ allowed: false, why: 'no-check-in' });
    expect(decide({ pack, checkIns: [checkIn('a', 61, 'ready')] })).toMatchObject({ why: 'stale' });
  });
});
