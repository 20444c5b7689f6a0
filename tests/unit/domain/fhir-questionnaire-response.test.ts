import { describe, expect, it } from 'vitest';
import { SCALES } from '../../../src/content/scales';
import { GAD7 } from '../../../src/content/scales/gad7';
import { PCL5 } from '../../../src/content/scales/pcl5';
import { PHQ9 } from '../../../src/content/scales/phq9';
import { questionnaireCanonical } from '../../../src/domain/fhir-questionnaire';
import { toFhirExport, toQuestionnaireResponse } from '../../../src/domain/fhir-questionnaire-response';
import { responseProblems } from '../../../src/domain/fhir-response-check';
import { LOINC_SYSTEM } from '../../../src/domain/loinc';
import { ScaleResultSchema } from '../../../src/domain/scale-result';
import { r4ValidationErrors } from '../../fixtures/fhir-r4-validator';
import { makeAnswersAll, makeAnswersTotalling, makeScaleResult } from '../../fixtures/scale-results';

const NOW = new Date('2026-11-20T10:00:00Z');

/** Several results of every scale, low and high, with and without the optional difficulty question. */
function severalOfEachScale() {
  return [
    makeScaleResult({ answers: makeAnswersTotalling(PHQ9, 0), total: 0, band: 'Minimal' }),
    makeScaleResult({ answers: { ...makeAnswersAll(PHQ9, 3), 'phq9-difficulty': 3 }, total: 27, band: 'Severe' }),
    makeScaleResult(),
    makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 0), total: 0, band: 'Minimal' }),
    makeScaleResult({
      scaleId: 'gad7',
      answers: makeAnswersAll(GAD7, 2, { 'gad7-difficulty': 1 }),
      total: 14,
      band: 'Moderate',
    }),
    makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 3), total: 21, band: 'Severe' }),
    makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 0), total: 0, band: 'Below' }),
    makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 4), total: 80, band: 'At or above' }),
    makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersTotalling(PCL5, 33), total: 33, band: 'At or above' }),
  ];
}

describe('the FHIR QuestionnaireResponse of a scale result', () => {
  const phq9 = makeScaleResult({
    answers: { ...makeAnswersAll(PHQ9, 2), 'phq9-9': 1, 'phq9-difficulty': 1 },
    total: 17,
    band: 'Moderately severe',
    needsAttention: true,
    attentionReason: 'phq9-item9',
  });

  it("names Stillpoint's PHQ-9 Questionnaire by its versioned canonical", () => {
    const response = toQuestionnaireResponse(PHQ9, phq9);
    expect(response.questionnaire).toBe('https://stillpoint.app/fhir/Questionnaire/phq-9|1.0.0');
    expect(response.status).toBe('completed');
    expect(response.authored).toBe(phq9.completedAt);
  });

  it('sends the total as a decimal under its own linkId', () => {
    expect(toQuestionnaireResponse(PHQ9, phq9).item.at(-1)).toMatchObject({
      linkId: 'phq9-total',
      answer: [{ valueDecimal: 17 }],
    });
  });

  it('codes each PHQ-9 answer with its LOINC answer code, under the item id as linkId', () => {
    const item9 = toQuestionnaireResponse(PHQ9, phq9).item.find((i) => i.linkId === 'phq9-9');
    expect(item9?.answer).toEqual([
      { valueCoding: { system: LOINC_SYSTEM, code: 'LA6569-3', display: 'Several days' } },
    ]);
  });

  it('includes the unscored difficulty question when it was answered', () => {
    const difficulty = toQuestionnaireResponse(PHQ9, phq9).item.find((i) => i.linkId === 'phq9-difficulty');
    expect(difficulty?.answer).toEqual([
      { valueCoding: { system: LOINC_SYSTEM, code: 'LA6573-5', display: 'Somewhat difficult' } },
    ]);
  });

  it("sends GAD-7's difficulty answer when given, and leaves the item out when not", () => {
    const answered = makeScaleResult({
      scaleId: 'gad7',
      answers: makeAnswersAll(GAD7, 1, { 'gad7-difficulty': 2 }),
      total: 7,
      band: 'Mild',
    });
    const item = toQuestionnaireResponse(GAD7, answered).item.find((i) => i.linkId === 'gad7-difficulty');
    expect(item?.answer).toEqual([
      { valueCoding: { system: LOINC_SYSTEM, code: 'LA6575-0', display: 'Very difficult' } },
    ]);
    const without = makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 1), total: 7, band: 'Mild' });
    expect(toQuestionnaireResponse(GAD7, without).item.map((i) => i.linkId)).not.toContain('gad7-difficulty');
  });

  it('exports a GAD-7 result stored before the difficulty question existed', () => {
    const stored = {
      id: 'old-gad7',
      scaleId: 'gad7',
      completedAt: '2026-10-01T09:00:00.000Z',
      answers: Object.fromEntries(Array.from({ length: 7 }, (_, n) => [`gad7-${n + 1}`, 1])),
      total: 7,
      band: 'Mild',
      needsAttention: false,
    };
    const parsed = ScaleResultSchema.parse(stored);
    const { bundle, included } = toFhirExport(SCALES, [parsed], NOW);
    expect(included).toBe(1);
    expect(responseProblems(bundle)).toEqual([]);
  });

  it('sends PCL-5 answers as their points, since its answer codes are not verified', () => {
    const pcl5 = makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 2), total: 40, band: 'x' });
    const response = toQuestionnaireResponse(PCL5, pcl5);
    expect(response.item).toHaveLength(21);
    expect(response.item[0]).toMatchObject({ linkId: 'pcl5-1', answer: [{ valueInteger: 2 }] });
    expect(response.item.at(-1)).toMatchObject({ linkId: 'pcl5-total', answer: [{ valueDecimal: 40 }] });
  });
});

describe('the FHIR export of every result', () => {
  it('passes the independent R4 validator with several results of each scale', () => {
    const { bundle } = toFhirExport(SCALES, severalOfEachScale(), NOW);
    expect(bundle.entry).toHaveLength(3 + 9);
    expect(r4ValidationErrors(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });

  it('answers, in every response, only items of the Questionnaire it names, with a fitting type', () => {
    expect(responseProblems(toFhirExport(SCALES, severalOfEachScale(), NOW).bundle)).toEqual([]);
  });

  it('holds each answered scale’s Questionnaire once, before the responses, at its canonical URL', () => {
    const { bundle } = toFhirExport(SCALES, severalOfEachScale(), NOW);
    const forms = bundle.entry.slice(0, 3);
    expect(forms.map((e) => e.resource.resourceType)).toEqual(['Questionnaire', 'Questionnaire', 'Questionnaire']);
    expect(forms.map((e) => e.fullUrl)).toEqual(SCALES.map((s) => questionnaireCanonical(s).split('|')[0]));
    expect(bundle.timestamp).toBe('2026-11-20T10:00:00.000Z');
  });

  it('holds only the Questionnaires of the scales answered', () => {
    const { bundle } = toFhirExport(SCALES, [makeScaleResult()], NOW);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Questionnaire', 'QuestionnaireResponse']);
    expect(bundle.entry[1]?.fullUrl).toMatch(/^urn:uuid:/);
  });

  it('leaves out and counts a result with a required answer missing, or of a scale it does not know', () => {
    const incomplete = makeScaleResult({ scaleId: 'gad7', answers: { 'gad7-1': 1 }, total: 1, band: 'Minimal' });
    const { bundle, included, leftOut } = toFhirExport(
      [PHQ9, GAD7],
      [makeScaleResult(), incomplete, makeScaleResult({ scaleId: 'pcl5' })],
      NOW,
    );
    expect({ included, leftOut }).toEqual({ included: 1, leftOut: 2 });
    expect(bundle.entry.map((e) => e.resource.id)).not.toContain(incomplete.id);
    expect(responseProblems(bundle)).toEqual([]);
  });
});
