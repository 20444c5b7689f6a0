import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLISTS } from '../../../src/content/checklists';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { DEFAULT_READINGS } from '../../../src/content/readings';
import { fillPackText, fillReading, PACK_TEXT_VALUES, packTextKeys } from '../../../src/domain/pack-text';
import { makePack } from '../../fixtures/safety-builders';

const allText = JSON.stringify([DEFAULT_READINGS, DEFAULT_CHECKLISTS]);
// The readings that explain a pack rule (a study's finding, such as Berman 2000's 72 hours, is not a pack number).
const ruleText = JSON.stringify([DEFAULT_READINGS.filter((r) => r.ruleIds.length > 0), DEFAULT_CHECKLISTS]);

describe('pack numbers in the text a person reads', () => {
  it('fills each placeholder from the pack, with the inequality in words', () => {
    expect(fillPackText('Nothing for {food.hours} hours.', DEFAULT_PACK)).toBe('Nothing for 4 hours.');
    expect(fillPackText('A reading {blood-pressure.hold}.', DEFAULT_PACK)).toBe('A reading above 160/90.');
    expect(fillPackText('Heart rate {heart-rate.hold}.', DEFAULT_PACK)).toBe('Heart rate above 100.');
    expect(fillPackText('{unknown.key} stays', DEFAULT_PACK)).toBe('{unknown.key} stays');
  });

  it('states a clinic pack’s number, not the default’s', () => {
    const pack = makePack((p) => {
      p.readiness.spacing.minHours = 96;
    });
    const reading = DEFAULT_READINGS.find((r) => r.id === 'why-spacing');
    if (!reading) throw new Error('why-spacing reading missing');
    const text = JSON.stringify(fillReading(reading, pack));
    expect(text).toContain('At least 96 hours apart');
    expect(text).not.toContain('72');
  });

  it('uses only known placeholders in the default readings and checklists', () => {
    for (const key of packTextKeys(allText)) expect(Object.keys(PACK_TEXT_VALUES)).toContain(key);
  });

  it('types none of the pack’s numbers into the readings that explain a rule, or the checklists', () => {
    // Hours, days, minutes and blood-pressure pairs must come from the pack; ages and times of day are not numbers here.
    const typed = ruleText.match(
      /\b\d+\s?(hours?|days?|h\b)|\b\d{2,3}\/\d{2,3}\b|\b(18|50|100|140|160)\b(?! ?minutes to read)/g,
    );
    expect(typed ?? []).toEqual([]);
  });
});
