import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { diffPacks } from '../../../src/domain/protocol-pack-diff';
import { makePack } from '../../fixtures/safety-builders';

describe('the difference between two packs', () => {
  it('is empty for the same pack', () => {
    expect(diffPacks(DEFAULT_PACK, makePack())).toEqual([]);
  });

  it('reads as a sentence and says a lower hold limit is tighter', () => {
    const clinic = makePack((p) => {
      p.readiness.bloodPressure.hold.systolic = 150;
    });
    expect(diffPacks(DEFAULT_PACK, clinic)).toEqual([
      {
        key: 'bp.hold.sys',
        ruleId: 'blood-pressure',
        kind: 'changed',
        direction: 'tighter',
        text: 'Hold when systolic is above 160 → 150',
      },
    ]);
  });

  it('says a shorter fasting time is looser', () => {
    const clinic = makePack((p) => {
      p.readiness.food.hours = 3;
    });
    expect(diffPacks(DEFAULT_PACK, clinic)[0]).toMatchObject({
      direction: 'looser',
      text: 'No food for (hours before) 4 → 3',
    });
  });

  it('lists added and removed questions and crisis lines', () => {
    const clinic = makePack((p) => {
      p.screening.questions = p.screening.questions.filter((q) => q.id !== 'thyroid');
      p.screening.questions.push({ id: 'glaucoma', text: 'Do you have glaucoma?' });
      p.crisis.resources = p.crisis.resources.filter((c) => c.id !== 'crisis-text-line');
    });
    const texts = diffPacks(DEFAULT_PACK, clinic).map((c) => c.text);
    expect(texts).toContain('Added: Eligibility question: Do you have glaucoma?');
    expect(texts).toContain('Removed: Eligibility question: Do you have an overactive thyroid that is not treated?');
    expect(texts).toContain('Removed: Crisis Text Line: 741741');
  });
});
