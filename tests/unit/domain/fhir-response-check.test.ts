import { describe, expect, it } from 'vitest';
import { SCALES } from '../../../src/content/scales';
import { GAD7 } from '../../../src/content/scales/gad7';
import { PCL5 } from '../../../src/content/scales/pcl5';
import { toQuestionnaire } from '../../../src/domain/fhir-questionnaire';
import { toFhirExport } from '../../../src/domain/fhir-questionnaire-response';
import type { FhirBundle, FhirQuestionnaireResponse } from '../../../src/domain/fhir-resources';
import { responseProblems } from '../../../src/domain/fhir-response-check';
import { LOINC_SYSTEM } from '../../../src/domain/loinc';
import { r4ValidationErrors } from '../../fixtures/fhir-r4-validator';
import { makeAnswersAll, makeScaleResult } from '../../fixtures/scale-results';

/** A fresh export of one PHQ-9, one GAD-7 and one PCL-5 result, to tamper with. */
function exportOfEachScale(): FhirBundle {
  const results = [
    makeScaleResult(),
    makeScaleResult({ scaleId: 'gad7', answers: makeAnswersAll(GAD7, 1), total: 7, band: 'Mild' }),
    makeScaleResult({ scaleId: 'pcl5', answers: makeAnswersAll(PCL5, 1), total: 20, band: 'Below' }),
  ];
  return toFhirExport(SCALES, results, new Date('2026-11-20T10:00:00Z')).bundle;
}

/** The response in the bundle at `index` among responses (0 = PHQ-9, 1 = GAD-7, 2 = PCL-5). */
function responseOf(bundle: FhirBundle, index: number): FhirQuestionnaireResponse {
  const responses = bundle.entry.flatMap((e) =>
    e.resource.resourceType === 'QuestionnaireResponse' ? [e.resource] : [],
  );
  const response = responses[index];
  if (!response) throw new Error(`No response ${index}`);
  return response;
}

/** The item of a response with this linkId. */
function itemOf(response: FhirQuestionnaireResponse, linkId: string) {
  const item = response.item.find((i) => i.linkId === linkId);
  if (!item) throw new Error(`No item ${linkId}`);
  return item;
}

describe('the check that each response fits the Questionnaire it names', () => {
  it('finds nothing wrong in an untouched export', () => {
    expect(responseProblems(exportOfEachScale())).toEqual([]);
  });

  it('catches a tampered linkId, which the R4 validator cannot see', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 0);
    itemOf(response, 'phq9-3').linkId = '44259-0';
    expect(responseProblems(bundle)).toEqual([
      `${response.id}: linkId 44259-0 is not an item of ${response.questionnaire}`,
      `${response.id}: required phq9-3 is missing`,
    ]);
    expect(r4ValidationErrors(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });

  it('catches an integer total where the Questionnaire asks for a decimal, which the R4 validator cannot see', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 1);
    itemOf(response, 'gad7-total').answer = [{ valueInteger: 7 }];
    expect(responseProblems(bundle)).toEqual([
      `${response.id}: gad7-total has an answer that does not fit a decimal item`,
    ]);
    expect(r4ValidationErrors(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });

  it('catches a coding that is not one of the item’s choices', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 1);
    itemOf(response, 'gad7-2').answer = [{ valueCoding: { system: LOINC_SYSTEM, code: 'LA6575-0' } }];
    expect(responseProblems(bundle)).toEqual([`${response.id}: gad7-2 has an answer that does not fit a choice item`]);
  });

  it('catches points out of range on an integer item, and a coding where points belong', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 2);
    itemOf(response, 'pcl5-1').answer = [{ valueInteger: 5 }];
    itemOf(response, 'pcl5-2').answer = [{ valueCoding: { system: LOINC_SYSTEM, code: 'LA6568-5' } }];
    expect(responseProblems(bundle)).toEqual([
      `${response.id}: pcl5-1 has an answer that does not fit a integer item`,
      `${response.id}: pcl5-2 has an answer that does not fit a integer item`,
    ]);
  });

  it('catches an item answered twice or with two answers', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 0);
    const first = itemOf(response, 'phq9-1');
    response.item.push({ ...first });
    itemOf(response, 'phq9-2').answer.push({ valueDecimal: 1 });
    expect(responseProblems(bundle)).toEqual(
      expect.arrayContaining([
        `${response.id}: phq9-1 is answered twice`,
        `${response.id}: phq9-2 needs one answer, has 2`,
      ]),
    );
  });

  it('catches a response that names a Questionnaire, or a version of it, the file does not hold', () => {
    const bundle = exportOfEachScale();
    const response = responseOf(bundle, 0);
    response.questionnaire = 'https://stillpoint.app/fhir/Questionnaire/phq-9|2.0.0';
    expect(responseProblems(bundle)).toEqual([`${response.id}: ${response.questionnaire} is not in the file`]);
  });

  it('catches a Questionnaire whose linkIds repeat', () => {
    const form = toQuestionnaire(GAD7);
    const [first] = form.item;
    if (first) form.item.push({ ...first });
    const bundle: FhirBundle = { ...exportOfEachScale(), entry: [{ fullUrl: form.url, resource: form }] };
    expect(responseProblems(bundle)).toEqual([`${form.url}: linkIds are not unique`]);
  });
});

describe('the independent R4 validator', () => {
  it('rejects an entry without a resourceType', () => {
    const bundle = JSON.parse(JSON.stringify(exportOfEachScale()));
    delete bundle.entry[3].resource.resourceType;
    expect(r4ValidationErrors(bundle).join('\n')).toMatch(/does not have resourceType/);
  });

  it('rejects a status outside R4’s codes and a property R4 does not have', () => {
    const bundle = JSON.parse(JSON.stringify(exportOfEachScale()));
    bundle.entry[3].resource.status = 'done';
    bundle.entry[0].resource.item[0].score = 1;
    expect(r4ValidationErrors(bundle)).toEqual([
      'Questionnaire.item[0].score: Unexpected property',
      'QuestionnaireResponse.status: Code "done" not found in value set',
    ]);
  });

  it('still reports an answer choice that has no value at all (its 0-as-missing quirk is the only one set aside)', () => {
    const form = JSON.parse(JSON.stringify(toQuestionnaire(PCL5)));
    form.item[0].answerOption[1] = {};
    expect(r4ValidationErrors(form)).toEqual(['Questionnaire.item[0].answerOption[1].value[x]: Missing property']);
  });
});
