import { describe, expect, it } from 'vitest';
import { BREATH_LIBRARY } from '../../../src/content/breath-patterns';
import { BreathPatternSchema, BreathSourceSchema, patternProblems } from '../../../src/domain/breath-pattern';

describe('breath patterns', () => {
  it('has a valid library in which every pattern cites its source', () => {
    for (const pattern of BREATH_LIBRARY) {
      expect(BreathPatternSchema.safeParse(pattern).success).toBe(true);
      expect(patternProblems(pattern)).toEqual([]);
      expect(pattern.source?.citation).toBeTruthy();
    }
    expect(BREATH_LIBRARY.map((p) => p.id)).toEqual(['coherent', 'box', '4-7-8', 'cyclic-sighing']);
  });

  it('asks for a name in plain words', () => {
    const problems = patternProblems({ name: '  ', phases: BREATH_LIBRARY[0]!.phases });
    expect(problems).toEqual([{ field: 'name', message: 'Give the pattern a name.' }]);
  });

  it('points at the phase that is too long', () => {
    const problems = patternProblems({
      name: 'Long',
      phases: [
        { kind: 'inhale', seconds: 4 },
        { kind: 'exhale', seconds: 45 },
      ],
    });
    expect(problems.map((p) => p.field)).toContain('phase-1');
  });
});

describe('a breath pattern source link', () => {
  it('must be https (a pack cannot point at plain HTTP or a javascript: link)', () => {
    expect(BreathSourceSchema.safeParse({ citation: 'A study', url: 'https://doi.org/10.1/x' }).success).toBe(true);
    expect(BreathSourceSchema.safeParse({ citation: 'A study', url: 'http://example.org' }).success).toBe(false);
    expect(BreathSourceSchema.safeParse({ citation: 'A study', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
