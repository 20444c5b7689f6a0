import { describe, expect, it } from 'vitest';
import { findRuleExplanation, mergeReadings, parseReadings, type Reading } from '../../../src/domain/reading';

const makeReading = (id: string, overrides: Partial<Reading> = {}): Reading => ({
  id,
  title: `Reading ${id}`,
  summary: 'A short summary.',
  audience: 'everyone',
  minutes: 2,
  reviewedOn: '2026-11-20',
  ruleIds: [],
  sections: [{ id: 'intro', heading: 'Intro', blocks: ['One sentence.'] }],
  sources: [{ citation: 'A study, 2020.' }],
  ...overrides,
});

describe('readings', () => {
  it('finds the reading and the section that explain a rule', () => {
    const bp = makeReading('why-bp', {
      ruleIds: ['blood-pressure', 'recheck'],
      sections: [
        { id: 'intro', heading: 'Intro', blocks: ['x'] },
        { id: 'again', heading: 'Again', blocks: ['y'], ruleIds: ['recheck'] },
      ],
    });
    expect(findRuleExplanation([makeReading('other'), bp], 'recheck')).toEqual({ reading: bp, sectionId: 'again' });
    expect(findRuleExplanation([bp], 'blood-pressure')).toEqual({ reading: bp, sectionId: undefined });
  });

  it('finds nothing for a rule no reading explains', () => {
    expect(findRuleExplanation([makeReading('a')], 'no-such-rule')).toBeUndefined();
  });

  it('lets a pack replace a reading by id and add new ones after the defaults', () => {
    const replacement = makeReading('b', { title: 'Clinic version' });
    const merged = mergeReadings([makeReading('a'), makeReading('b')], [replacement, makeReading('c')]);
    expect(merged.map((r) => r.title)).toEqual(['Reading a', 'Clinic version', 'Reading c']);
  });

  it('keeps valid readings and skips ones without sources, review date or a known rule id', () => {
    const { readings, skipped } = parseReadings([
      makeReading('ok'),
      { ...makeReading('no-sources'), sources: [] },
      { ...makeReading('no-date'), reviewedOn: 'soon' },
      { ...makeReading('bad-rule'), ruleIds: ['not-a-rule'] },
      'garbage',
    ]);
    expect(readings.map((r) => r.id)).toEqual(['ok']);
    expect(skipped).toBe(4);
  });
});
