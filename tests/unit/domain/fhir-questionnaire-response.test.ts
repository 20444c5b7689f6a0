import { describe, expect, it } from 'vitest';
import { SCALES } from '../../../src/content/scales';
import { GAD7 } from '../../../src/content/scales/gad7';
import { PCL5 } from '../../../src/content/scales/pcl5';
import { PHQ9 } from '../../../src/content/scales/phq9';
import { LOINC_SYSTEM, toFhirBundle, toQuestionnaireResponse } from '../../../src/domain/fhir-questionnaire-response';
import { makeAnswersAll, makeScaleResult } from '../../fixtures/scale-results';

const RESPONSE_STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
const BUNDLE_TYPES = [
  'document',
  'message',
  'transaction',
  'transaction-response',
  'batch',
  'batch-response',
  'history',
  'searchset',
  'collection',
];
const VALUE_KEYS = [
  'valueBoolean',
  'valueDecimal',
  'valueInteger',
  'valueDate',
  'valueDateTime',
  'valueTime',
  'valueString',
  'valueUri',
  'valueAttachment',
  'valueCoding',
  'valueQuantity',
  'valueReference',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The structural rules of a FHIR R4 QuestionnaireResponse that a receiving system checks; returns what is broken. */
function questionnaireResponseProblems(resource: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(resource)) return ['not an object'];
  if (resource.resourceType !== 'QuestionnaireResponse') problems.push('resourceType');
  if (typeof resource.id !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(resource.id)) problems.push('id');
  if (!RESPONSE_STATUSES.includes(String(resource.status))) problems.push('status');
  if (typeof resource.authored !== 'string' || Number.isNaN(Date.parse(resource.authored))) problems.push('authored');
  if (resource.questionnaire !== undefined && !/^https?:\/\/\S+$/.test(String(resource.questionnaire))) {
    problems.push('questionnaire is not a canonical URL');
  }
  const items = resource.item;
  if (!Array.isArray(items) || items.length === 0) return [...problems, 'item'];
  const linkIds = items.map((item) => (isObject(item) ? item.linkId : undefined));
  if (linkIds.some((id) => typeof id !== 'string' || id === '')) problems.push('linkId missing');
  if (new Set(linkIds).size !== linkIds.length) problems.push('linkIds not unique');
  for (const item of items) {
    if (!isObject(item) || !Array.isArray(item.answer) || item.answer.length === 0) {
      problems.push(`answer missing on ${String(isObject(item) ? item.linkId : item)}`);
      continue;
    }
    for (const answer of item.answer) {
      const keys = isObject(answer) ? Object.keys(answer).filter((k) => k.startsWith('value')) : [];
      if (keys.length !== 1 || !VALUE_KEYS.includes(keys[0] ?? '')) problems.push(`answer type on ${item.linkId}`);
      if (!isObject(answer)) continue;
      if ('valueInteger' in answer && !Number.isInteger(answer.valueInteger)) problems.push('valueInteger');
      const coding = answer.valueCoding;
      if (
        coding !== undefined &&
        (!isObject(coding) || coding.system !== LOINC_SYSTEM || typeof coding.code !== 'string')
      ) {
        problems.push(`coding on ${item.linkId}`);
      }
    }
  }
  return problems;
}

/** The structural rules of a FHIR R4 collection Bundle. */
function bundleProblems(bundle: unknown): string[] {
  if (!isObject(bundle)) return ['not an object'];
  const problems: string[] = [];
  if (bundle.resourceType !== 'Bundle') problems.push('resourceType');
  if (!BUNDLE_TYPES.includes(String(bundle.type)) || bundle.type !== 'collection') problems.push('type');
  if (!Array.isArray(bundle.entry)) return [...problems, 'entry'];
  for (const entry of bundle.entry) {
    if (!isObject(entry) || typeof entry.fullUrl !== 'string') problems.push('fullUrl');
    problems.push(...questionnaireResponseProblems(isObject(entry) ? entry.resource : undefined));
  }
  return problems;
}

describe('the FHIR QuestionnaireResponse of a scale result', () => {
  const phq9 = makeScaleResult({
    answers: { ...makeAnswersAll(PHQ9, 2), 'phq9-9': 1, 'phq9-difficulty': 1 },
    total: 17,
    band: 'Moderately severe',
    needsAttention: true,
    attentionReason: 'phq9-item9',
  });

  it('passes the structural checks of the resource', () => {
    expect(questionnaireResponseProblems(toQuestionnaireResponse(PHQ9, phq9))).toEqual([]);
  });

  it('names the PHQ-9 LOINC form and carries the total under 44261-6', () => {
    const response = toQuestionnaireResponse(PHQ9, phq9);
    expect(response.status).toBe('completed');
    expect(response.authored).toBe(phq9.completedAt);
    expect(response.questionnaire).toBe('http://loinc.org/q/44249-1');
    expect(response.item.find((i) => i.linkId === '44261-6')?.answer).toEqual([{ valueInteger: 17 }]);
  });

  it('codes each PHQ-9 answer with its LOINC answer code', () => {
    const item9 = toQuestionnaireResponse(PHQ9, phq9).item.find((i) => i.linkId === '44260-8');
    expect(item9?.answer).toEqual([
      { valueCoding: { system: LOINC_SYSTEM, code: 'LA6569-3', display: 'Several days' } },
    ]);
  });

  it('includes the unscored difficulty question when it was answered', () => {
    const difficulty = toQuestionnaireResponse(PHQ9, phq9).item.find((i) => i.linkId === '69722-7');
    expect(difficulty?.answer).toEqual([
      { valueCoding: { system: LOINC_SYSTEM, code: 'LA6573-5', display: 'Somewhat difficult' } },
    ]);
  });

  it('names the GAD-7 form and total score', () => {
    const gad7 = makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 1), total: 7, band: 'Mild' });
    const response = toQuestionnaireResponse(GAD7, gad7);
    expect(questionnaireResponseProblems(response)).toEqual([]);
    expect(response.questionnaire).toBe('http://loinc.org/q/69737-5');
    expect(response.item.at(-1)).toMatchObject({ linkId: '70274-6', answer: [{ valueInteger: 7 }] });
  });

  it('sends PCL-5 answers as their points, since its answer codes are not verified', () => {
    const pcl5 = makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 2), total: 40, band: 'x' });
    const response = toQuestionnaireResponse(PCL5, pcl5);
    expect(questionnaireResponseProblems(response)).toEqual([]);
    expect(response.item).toHaveLength(21);
    expect(response.item[0]?.answer).toEqual([{ valueInteger: 2 }]);
    expect(response.item.at(-1)).toMatchObject({ linkId: '101698-9', answer: [{ valueInteger: 40 }] });
  });

  it('leaves the questionnaire out rather than guess when a scale has no verified panel code', () => {
    const unverified = { ...PCL5, loinc: {} };
    const pcl5 = makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 0), total: 0, band: 'x' });
    const response = toQuestionnaireResponse(unverified, pcl5);
    expect(response).not.toHaveProperty('questionnaire');
    expect(questionnaireResponseProblems(response)).toEqual([]);
  });
});

describe('the FHIR bundle of every result', () => {
  it('is a collection Bundle whose entries all pass the structural checks', () => {
    const results = [
      makeScaleResult(),
      makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 0), total: 0, band: 'Minimal' }),
      makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 1), total: 20, band: 'x' }),
    ];
    const bundle = toFhirBundle(SCALES, results, new Date('2026-11-20T10:00:00Z'));
    expect(bundleProblems(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
    expect(bundle.entry).toHaveLength(3);
    expect(bundle.timestamp).toBe('2026-11-20T10:00:00.000Z');
    expect(bundle.entry[0]?.fullUrl).toBe(`urn:uuid:${results[0]?.id}`);
  });

  it('catches a broken resource (the validator itself works)', () => {
    expect(bundleProblems({ resourceType: 'Bundle', type: 'batch', entry: [{ fullUrl: 'x', resource: {} }] })).toEqual(
      expect.arrayContaining(['type', 'resourceType', 'status']),
    );
    const duplicate = toQuestionnaireResponse(PHQ9, makeScaleResult());
    duplicate.item.push({
      ...duplicate.item[0]!,
      answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: '1' } }],
    });
    expect(questionnaireResponseProblems(duplicate)).toEqual(expect.arrayContaining(['linkIds not unique']));
  });
});
