import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import {
  crisisAnswered,
  crisisFirstAnswered,
  screeningComplete,
  screeningDue,
  screeningOutcome,
} from '../../../src/domain/screening';
import { hoursAgo, makePack, makeScreening, NOW } from '../../fixtures/safety-builders';

function allNo(): Record<string, boolean> {
  return Object.fromEntries(DEFAULT_PACK.screening.questions.map((q) => [q.id, false]));
}

describe('eligibility screening', () => {
  it('reports nothing when every answer is no (it never clears anyone)', () => {
    expect(screeningOutcome(allNo(), DEFAULT_PACK)).toEqual({ outcome: 'none-reported', reasons: [] });
  });

  it('asks to talk with the prescriber for any yes, with the questions as reasons', () => {
    const result = screeningOutcome({ ...allNo(), seizures: true, liver: true }, DEFAULT_PACK);
    expect(result.outcome).toBe('talk-to-prescriber');
    expect(result.reasons).toEqual(['Do you have severe liver disease?', 'Have you had seizures?']);
  });

  it('goes to crisis when suicidal thoughts with a plan are answered yes, with crisis resources first', () => {
    const answers = { ...allNo(), 'suicide-plan': true };
    expect(screeningOutcome(answers, DEFAULT_PACK).outcome).toBe('crisis');
    expect(crisisFirstAnswered(answers, DEFAULT_PACK)).toBe(true);
  });

  it('goes to crisis for thoughts of ending one’s life on their own, with no plan', () => {
    const answers = { ...allNo(), 'suicidal-thoughts': true };
    expect(screeningOutcome(answers, DEFAULT_PACK)).toEqual({
      outcome: 'crisis',
      reasons: ['Right now, are you having thoughts of ending your life, even without a plan?'],
    });
    expect(crisisAnswered(answers, DEFAULT_PACK)).toBe(true);
    expect(crisisFirstAnswered(answers, DEFAULT_PACK)).toBe(false);
  });

  it('asks the questions clinics and the Spravato label use, each with its source', () => {
    const ids = DEFAULT_PACK.screening.questions.map((q) => q.id);
    for (const id of ['ketamine-allergy', 'aneurysm-avm', 'head-pressure', 'substance-use', 'suicidal-thoughts'])
      expect(ids).toContain(id);
    expect(DEFAULT_PACK.screening.questions.find((q) => q.id === 'substance-use')?.text).toMatch(/in the past/);
    for (const question of DEFAULT_PACK.screening.questions)
      expect(question.sources?.length ?? 0, question.id).toBeGreaterThan(0);
  });

  it('treats any yes other than the crisis questions as talk-to-prescriber, never crisis', () => {
    for (const question of DEFAULT_PACK.screening.questions.filter((q) => !q.crisis && !q.crisisFirst)) {
      expect(screeningOutcome({ ...allNo(), [question.id]: true }, DEFAULT_PACK).outcome, question.id).toBe(
        'talk-to-prescriber',
      );
    }
  });

  it('is complete only when every question has an answer', () => {
    const { seizures: _left, ...partial } = allNo();
    expect(screeningComplete(partial, DEFAULT_PACK)).toBe(false);
    expect(screeningComplete(allNo(), DEFAULT_PACK)).toBe(true);
  });

  it('is due when never done, after 90 days, or when the pack version changes', () => {
    expect(screeningDue(undefined, DEFAULT_PACK, NOW)).toEqual({ due: true, why: 'never' });
    expect(screeningDue(makeScreening({ completedAt: hoursAgo(24 * 89).toISOString() }), DEFAULT_PACK, NOW).due).toBe(
      false,
    );
    expect(
      screeningDue(makeScreening({ completedAt: hoursAgo(24 * 90).toISOString() }), DEFAULT_PACK, NOW),
    ).toMatchObject({
      due: true,
      why: 'expired',
    });
    const clinicPack = makePack((p) => {
      p.version = '2';
    });
    expect(screeningDue(makeScreening(), clinicPack, NOW)).toMatchObject({ due: true, why: 'pack-changed' });
  });
});
