import { describe, expect, it } from 'vitest';
import type { ReadinessReason } from '../../../src/domain/readiness-record';
import { mayStartSession } from '../../../src/domain/readiness-start';

const makeReason = (ruleId: ReadinessReason['ruleId'], level: ReadinessReason['level']): ReadinessReason => ({
  ruleId,
  level,
  text: `${ruleId} ${level}`,
});

describe('may the session start', () => {
  it('always when the check-in is ready', () => {
    expect(mayStartSession('ready', [makeReason('food', 'ok')], false)).toBe(true);
  });

  it('never on a hold, whatever the care plan says', () => {
    expect(mayStartSession('hold', [makeReason('blood-pressure', 'hold')], true)).toBe(false);
  });

  it('in the blood-pressure caution band only when the care plan allows that band', () => {
    const reasons = [makeReason('blood-pressure', 'caution'), makeReason('food', 'ok')];
    expect(mayStartSession('caution', reasons, true)).toBe(true);
    expect(mayStartSession('caution', reasons, false)).toBe(false);
  });

  it('not when screening is due or had a yes, even if the care plan allows the blood-pressure band', () => {
    expect(mayStartSession('caution', [makeReason('screening', 'caution')], true)).toBe(false);
    expect(
      mayStartSession('caution', [makeReason('blood-pressure', 'caution'), makeReason('screening', 'caution')], true),
    ).toBe(false);
  });

  it('not after a long gap since the last session (check in with the care team first)', () => {
    expect(mayStartSession('caution', [makeReason('spacing', 'caution')], true)).toBe(false);
  });
});
