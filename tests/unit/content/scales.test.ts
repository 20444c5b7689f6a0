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

  it('ends PHQ-9 and GAD-7 with the unscored, optional difficulty question, coded 69722-7, as published', () => {
    for (const scale of [findScale('phq9'), findScale('gad7')]) {
      const last = scale?.items.at(-1);
      expect(last).toMatchObject({ loinc: '69722-7', scored: false, optional: true });
      expect(last?.text).toMatch(/^If you checked off any problems, how difficult have these (problems )?made it/);
      expect(last?.options?.map((o) => [o.label, o.loinc])).toEqual([
        ['Not difficult at all', 'LA6572-7'],
        ['Somewhat difficult', 'LA6573-5'],
        ['Very difficult', 'LA6575-0'],
        ['Extremely difficult', 'LA6574-3'],
      ]);
    }
    expect(findScale('gad7')?.items.find((i) => i.loinc === '69725-0')?.text).toBe(
      'Feeling nervous, anxious, or on edge',
    );
  });

  it('gives each scale its own FHIR Questionnaire id and a version', () => {
    expect(SCALES.map((s) => s.fhir)).toEqual([
      { id: 'phq-9', version: '1.0.0' },
      { id: 'gad-7', version: '1.0.0' },
      { id: 'pcl-5', version: '1.0.0' },
    ]);
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

describe('the terms each questionnaire is shown under', () => {
  it('says PHQ-9 and GAD-7 are © Pfizer, free to reproduce, and PCL-5 is in the public domain', () => {
    for (const scale of [findScale('phq9'), findScale('gad7')]) {
      expect(scale?.copyright).toContain('© Pfizer Inc.');
      expect(scale?.copyright).toContain('No permission is required to reproduce, translate, display or distribute.');
      expect(scale?.copyright).not.toMatch(/public domain/i);
    }
    expect(findScale('pcl5')?.copyright).toBe('PCL-5 is in the public domain (US National Center for PTSD).');
  });
});
