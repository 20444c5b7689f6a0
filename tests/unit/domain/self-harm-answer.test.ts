import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { decideReadiness } from '../../../src/domain/readiness-decision';
import type { ScaleResult } from '../../../src/domain/scale-result';
import { PHQ9_ITEM9_ID, recentSelfHarmAnswer, selfHarmReason } from '../../../src/domain/self-harm-answer';
import { hoursAgo, makePack, makeReadinessInput, NOW } from '../../fixtures/safety-builders';

function phq9(daysAgo: number, item9: number, overrides: Partial<ScaleResult> = {}): ScaleResult {
  return {
    id: `phq9-${daysAgo}-${item9}`,
    scaleId: 'phq9',
    completedAt: hoursAgo(daysAgo * 24).toISOString(),
    answers: { 'phq9-1': 1, [PHQ9_ITEM9_ID]: item9 },
    total: 1 + item9,
    band: 'Minimal',
    needsAttention: item9 > 0,
    ...overrides,
  };
}

describe('a recent PHQ-9 question 9 answer on the session day', () => {
  it('finds an answer above zero within the pack’s days (14 by default), and not one older', () => {
    expect(recentSelfHarmAnswer([phq9(13, 1)], DEFAULT_PACK, NOW)?.id).toBe('phq9-13-1');
    expect(recentSelfHarmAnswer([phq9(14, 2)], DEFAULT_PACK, NOW)?.id).toBe('phq9-14-2');
    expect(recentSelfHarmAnswer([phq9(15, 3)], DEFAULT_PACK, NOW)).toBeUndefined();
  });

  it('does not count a zero, or another questionnaire', () => {
    const gad7: ScaleResult = { ...phq9(1, 2), id: 'gad7', scaleId: 'gad7' };
    expect(recentSelfHarmAnswer([phq9(1, 0), gad7], DEFAULT_PACK, NOW)).toBeUndefined();
  });

  it('follows a clinic pack’s number of days', () => {
    const pack = makePack((p) => {
      if (p.readiness.selfHarmAnswer) p.readiness.selfHarmAnswer.days = 7;
    });
    expect(recentSelfHarmAnswer([phq9(10, 1)], pack, NOW)).toBeUndefined();
  });

  it('says plainly to talk to the care team before dosing, at the pack’s level', () => {
    const reason = selfHarmReason([phq9(3, 1)], DEFAULT_PACK, NOW);
    expect(reason).toMatchObject({ ruleId: 'phq9-item9', level: 'caution' });
    expect(reason.next).toMatch(/Talk to your care team before dosing/);
    expect(selfHarmReason([], DEFAULT_PACK, NOW).level).toBe('ok');
  });

  it('keeps the check-in from being ready, so no dose follows it', () => {
    const result = decideReadiness(makeReadinessInput({ scaleResults: [phq9(2, 1)] }));
    expect(result.decision).toBe('caution');
    expect(result.reasons.find((r) => r.ruleId === 'phq9-item9')?.level).toBe('caution');
    expect(decideReadiness(makeReadinessInput({ scaleResults: [phq9(2, 0)] })).decision).toBe('ready');
  });
});
