import { describe, expect, it } from 'vitest';
import { SCALE_SCHEDULE } from '../../../src/content/scale-schedule';
import { findScale, SCALES } from '../../../src/content/scales';
import { SCALE_NAMES, ScaleDefinitionSchema } from '../../../src/domain/scale';

describe('the scale definitions', () => {
  it.each(SCALES.map((s) => [s.name, s] as const))('%s parses against the scale schema', (_name, scale) => {
    expect(ScaleDefinitionSchema.safeParse(scale).success).toBe(true);
  });

  it.each(SCALES.map((s) => [s.name, s] as const))(
    '%s has bands that cover every total once, in order',
    (_n, scale) => {
      const top = Math.max(...scale.options.map((o) => o.value)) * scale.items.filter((i) => i.scored).length;
      let next = 0;
      for (const band of scale.bands) {
        expect(band.from).toBe(next);
        next = band.to + 1;
      }
      expect(next - 1).toBe(top);
    },
  );

  it.each(SCALES.map((s) => [s.name, s] as const))('%s has unique item ids', (_n, scale) => {
    expect(new Set(scale.items.map((i) => i.id)).size).toBe(scale.items.length);
  });

  it('uses the published answer wording', () => {
    expect(findScale('phq9')?.options.map((o) => o.label)).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(findScale('pcl5')?.options.map((o) => o.label)).toEqual([
      'Not at all',
      'A little bit',
      'Moderately',
      'Quite a bit',
      'Extremely',
    ]);
  });

  it('carries the LOINC panel and total codes', () => {
    expect(findScale('phq9')?.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(findScale('gad7')?.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
  });

  it.each(SCALES.map((s) => [s.name, s] as const))('%s is named the same everywhere', (name, scale) => {
    expect(SCALE_NAMES[scale.id]).toBe(name);
  });

  it('knows nothing of a scale id it was not given', () => {
    expect(findScale('beck')).toBeUndefined();
  });

  it('has a reminder cadence for every scale', () => {
    expect(SCALE_SCHEDULE.map((c) => c.scaleId).sort()).toEqual(SCALES.map((s) => s.id).sort());
  });
});
