// The check a receiving system makes before it files a QuestionnaireResponse: does each answer belong to the
// Questionnaire the response names? A schema validator cannot see this (it knows R4's shapes, not our form), so the
// export runs this on every file it makes and the tests run it beside an independent R4 validator.
import type {
  FhirAnswer,
  FhirBundle,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
} from './fhir-resources';

/** Whether an answer has the value type its item's type asks for, and is one of its choices where it has some. */
function answerFits(item: FhirQuestionnaireItem, answer: FhirAnswer): boolean {
  const options = item.answerOption ?? [];
  switch (item.type) {
    case 'choice':
      return (
        'valueCoding' in answer &&
        options.some(
          (o) =>
            'valueCoding' in o &&
            o.valueCoding.system === answer.valueCoding.system &&
            o.valueCoding.code === answer.valueCoding.code,
        )
      );
    case 'integer':
      return (
        'valueInteger' in answer &&
        Number.isInteger(answer.valueInteger) &&
        (options.length === 0 || options.some((o) => 'valueInteger' in o && o.valueInteger === answer.valueInteger))
      );
    case 'decimal':
      return 'valueDecimal' in answer && Number.isFinite(answer.valueDecimal);
  }
}

/** The problems of one response against its Questionnaire, each naming the response and the linkId. */
function problemsOf(response: FhirQuestionnaireResponse, form: FhirQuestionnaire): string[] {
  const problems: string[] = [];
  const items = new Map(form.item.map((item) => [item.linkId, item]));
  const seen = new Set<string>();
  for (const { linkId, answer } of response.item) {
    const item = items.get(linkId);
    if (!item) {
      problems.push(`${response.id}: linkId ${linkId} is not an item of ${response.questionnaire}`);
      continue;
    }
    if (seen.has(linkId)) problems.push(`${response.id}: ${linkId} is answered twice`);
    seen.add(linkId);
    if (answer.length !== 1) problems.push(`${response.id}: ${linkId} needs one answer, has ${answer.length}`);
    for (const one of answer) {
      if (!answerFits(item, one))
        problems.push(`${response.id}: ${linkId} has an answer that does not fit a ${item.type} item`);
    }
  }
  for (const item of form.item) {
    if (item.required && !seen.has(item.linkId)) problems.push(`${response.id}: required ${item.linkId} is missing`);
  }
  return problems;
}

/**
 * What is wrong between each QuestionnaireResponse in a bundle and the Questionnaire it names (which must be in the
 * bundle, at the version named); empty when every linkId exists in its form with an answer of a compatible type.
 */
export function responseProblems(bundle: FhirBundle): string[] {
  const problems: string[] = [];
  const forms = new Map<string, FhirQuestionnaire>();
  for (const { resource } of bundle.entry) {
    if (resource.resourceType !== 'Questionnaire') continue;
    const linkIds = resource.item.map((item) => item.linkId);
    if (new Set(linkIds).size !== linkIds.length) problems.push(`${resource.url}: linkIds are not unique`);
    forms.set(`${resource.url}|${resource.version}`, resource);
  }
  for (const { resource } of bundle.entry) {
    if (resource.resourceType !== 'QuestionnaireResponse') continue;
    const form = forms.get(resource.questionnaire);
    if (form) problems.push(...problemsOf(resource, form));
    else problems.push(`${resource.id}: ${resource.questionnaire} is not in the file`);
  }
  return problems;
}
