import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import type { SessionRecord } from '../../../src/domain/session';
import { lastSessionAt, spacingStatus } from '../../../src/domain/spacing';
import { hoursAgo, makePack, NOW } from '../../fixtures/safety-builders';

function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { id: 's1', createdAt: hoursAgo(100).toISOString(), status: 'ended', ...overrides };
}

describe('spacing between sessions', () => {
  it('is too soon at 71 hours, with the level the pack gives (hold by default)', () => {
    const status = spacingStatus(hoursAgo(71), DEFAULT_PACK, NOW);
    expect(status).toMatchObject({ kind: 'too-soon', level: 'hold' });
  });

  it('follows a pack that only cautions when too soon', () => {
    const pack = makePack((p) => {
      p.readiness.spacing.tooSoon = 'caution';
    });
    expect(spacingStatus(hoursAgo(71), pack, NOW)).toMatchObject({ kind: 'too-soon', level: 'caution' });
  });

  it('is fine at 72 hours and at 90 days', () => {
    expect(spacingStatus(hoursAgo(72), DEFAULT_PACK, NOW).kind).toBe('ok');
    expect(spacingStatus(hoursAgo(24 * 90), DEFAULT_PACK, NOW).kind).toBe('ok');
  });

  it('asks to talk to the care team first after more than 90 days', () => {
    expect(spacingStatus(hoursAgo(24 * 90 + 1), DEFAULT_PACK, NOW).kind).toBe('long-gap');
  });

  it('treats no previous session as a first session', () => {
    expect(spacingStatus(undefined, DEFAULT_PACK, NOW).kind).toBe('first');
  });

  it('takes the last session from dose times, else creation times, skipping cancelled and planned ones', () => {
    const sessions = [
      makeSession({ id: 'a', createdAt: hoursAgo(300).toISOString(), dosedAt: hoursAgo(200).toISOString() }),
      makeSession({ id: 'b', createdAt: hoursAgo(150).toISOString() }),
      makeSession({ id: 'c', createdAt: hoursAgo(10).toISOString(), status: 'cancelled' }),
      makeSession({ id: 'd', createdAt: hoursAgo(5).toISOString(), status: 'planned' }),
    ];
    expect(lastSessionAt(sessions)).toEqual(hoursAgo(150));
    expect(lastSessionAt([])).toBeUndefined();
  });

  it('does not count the session under way: a check-in during it is for that session, not "too soon" after it', () => {
    const under = makeSession({ id: 'now', createdAt: hoursAgo(1).toISOString(), status: 'active' });
    const dosed = makeSession({
      id: 'dosed',
      createdAt: hoursAgo(1).toISOString(),
      status: 'active',
      dosedAt: hoursAgo(0.5).toISOString(),
    });
    expect(lastSessionAt([makeSession(), under, dosed])).toEqual(hoursAgo(100));
  });
});
