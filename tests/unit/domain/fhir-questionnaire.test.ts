import { describe, expect, it } from 'vitest';
import { SCALES } from '../../../src/content/scales';
import { GAD7 } from '../../../src/content/scales/gad7';
import { PCL5 } from '../../../src/content/scales/pcl5';
import { PHQ9 } from '../../../src/content/scales/phq9';
import {
  ORDINAL_VALUE_EXTENSION,
  questionnaireCanonical,
  toQuestionnaire,
} from '../../../src/domain/fhir-questionnaire';
import { LOINC_NOTICE, LOINC_SYSTEM } from '../../../src/domain/loinc';
import { r4ValidationErrors } from '../../fixtures/fhir-r4-validator';

describe("Stillpoint's FHIR Questionnaire of a scale", () => {
  it.each(SCALES.map((s) => [s.name, s] as const))('%s passes the independent R4 validator', (_name, scale) => {
    expect(r4ValidationErrors(JSON.parse(JSON.stringify(toQuestionnaire(scale))))).toEqual([]);
  });

  it('lives at a canonical URL under the Stillpoint base, with a version', () => {
    const form = toQuestionnaire(PHQ9);
    expect(form.url).toBe('https://stillpoint.app/fhir/Questionnaire/phq-9');
    expect(form.version).toBe('1.0.0');
    expect(form.status).toBe('active');
    expect(questionnaireCanonical(PHQ9)).toBe('https://stillpoint.app/fhir/Questionnaire/phq-9|1.0.0');
    expect(SCALES.map((s) => toQuestionnaire(s).url)).toEqual([
      'https://stillpoint.app/fhir/Questionnaire/phq-9',
      'https://stillpoint.app/fhir/Questionnaire/gad-7',
      'https://stillpoint.app/fhir/Questionnaire/pcl-5',
    ]);
  });

  it('carries the LOINC panel code and a LOINC code on every item that has one', () => {
    const form = toQuestionnaire(PHQ9);
    expect(form.code).toEqual([{ system: LOINC_SYSTEM, code: '44249-1' }]);
    expect(form.item.map((i) => i.code?.[0]?.code)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
      '69722-7',
      '44261-6',
    ]);
    expect(
      toQuestionnaire(PCL5)
        .item.filter((i) => i.code)
        .map((i) => i.code?.[0]?.code),
    ).toEqual(['101698-9']);
  });

  it('makes coded questions choice items whose options are LOINC codings with their points', () => {
    const first = toQuestionnaire(GAD7).item[0];
    expect(first).toMatchObject({ linkId: 'gad7-1', type: 'choice', required: true });
    expect(first?.answerOption?.[1]).toEqual({
      valueCoding: { system: LOINC_SYSTEM, code: 'LA6569-3', display: 'Several days' },
      extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: 1 }],
    });
  });

  it('makes the unscored difficulty question an optional choice without points', () => {
    const difficulty = toQuestionnaire(GAD7).item.find((i) => i.linkId === 'gad7-difficulty');
    expect(difficulty).toMatchObject({ type: 'choice', required: false, code: [{ code: '69722-7' }] });
    expect(difficulty?.answerOption?.map((o) => ('valueCoding' in o ? o.valueCoding.code : o))).toEqual([
      'LA6572-7',
      'LA6573-5',
      'LA6575-0',
      'LA6574-3',
    ]);
    expect(difficulty?.answerOption?.some((o) => o.extension)).toBe(false);
  });

  it('makes PCL-5 questions, whose answer codes are not verified, integer items with their points as options', () => {
    const first = toQuestionnaire(PCL5).item[0];
    expect(first).toMatchObject({ linkId: 'pcl5-1', type: 'integer', required: true });
    expect(first?.answerOption?.map((o) => ('valueInteger' in o ? o.valueInteger : o))).toEqual([0, 1, 2, 3, 4]);
  });

  it('ends with a read-only decimal total, the type of LOINC total score codes', () => {
    for (const scale of SCALES) {
      expect(toQuestionnaire(scale).item.at(-1)).toMatchObject({
        linkId: `${scale.id}-total`,
        type: 'decimal',
        readOnly: true,
        code: [{ system: LOINC_SYSTEM, code: scale.loinc.total }],
      });
    }
  });

  it("carries the form's own terms and LOINC's notice in its copyright", () => {
    for (const scale of [PHQ9, GAD7]) {
      expect(toQuestionnaire(scale).copyright).toContain('© Pfizer Inc.');
      expect(toQuestionnaire(scale).copyright).toContain('No permission is required to reproduce');
    }
    for (const scale of SCALES) expect(toQuestionnaire(scale).copyright).toContain(LOINC_NOTICE);
    expect(toQuestionnaire({ ...PCL5, loinc: {} }).copyright).not.toContain('LOINC');
  });
});
