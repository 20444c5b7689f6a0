// A pure builder of the FHIR R4 export: one collection Bundle holding Stillpoint's Questionnaire for each scale
// answered and a QuestionnaireResponse per stored result, each naming its Questionnaire's versioned canonical.
// Only what a receiver needs; no patient identity (the person decides who gets the file).
import {
  answerValue,
  questionnaireCanonical,
  questionnaireUrl,
  toQuestionnaire,
  totalLinkId,
} from './fhir-questionnaire';
import type { FhirBundle, FhirQuestionnaireResponse, FhirResponseItem } from './fhir-resources';
import type { ScaleDefinition } from './scale';
import { optionsFor } from './scale';
import type { ScaleResult } from './scale-result';
import { firstMissingItem } from './scale-scoring';

/** The answered items of one result, in the scale's order, followed by the total score. */
function responseItems(scale: ScaleDefinition, result: ScaleResult): FhirResponseItem[] {
  const items: FhirResponseItem[] = [];
  for (const item of scale.items) {
    const options = optionsFor(scale, item);
    const option = options.find((o) => o.value === result.answers[item.id]);
    // Unanswered optional items are left out, as is an answer that is none of the item's choices.
    if (!option) continue;
    items.push({ linkId: item.id, text: item.text, answer: [answerValue(options, option)] });
  }
  items.push({
    linkId: totalLinkId(scale),
    text: `${scale.name} total score`,
    answer: [{ valueDecimal: result.total }],
  });
  return items;
}

/** One result as a QuestionnaireResponse to Stillpoint's Questionnaire for its scale. */
export function toQuestionnaireResponse(scale: ScaleDefinition, result: ScaleResult): FhirQuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: result.id,
    questionnaire: questionnaireCanonical(scale),
    status: 'completed',
    authored: result.completedAt,
    item: responseItems(scale, result),
  };
}

/** The export, and how many results it could not hold (an unknown scale, or a required answer missing). */
export interface FhirExport {
  bundle: FhirBundle;
  included: number;
  leftOut: number;
}

/**
 * Results bundled for one file with the Questionnaires they answer. A result whose scale is unknown or whose
 * required answers are not all there is left out and counted, since a completed response must answer every
 * required item.
 */
export function toFhirExport(
  scales: readonly ScaleDefinition[],
  results: readonly ScaleResult[],
  now: Date,
): FhirExport {
  const complete: { scale: ScaleDefinition; result: ScaleResult }[] = [];
  for (const result of results) {
    const scale = scales.find((s) => s.id === result.scaleId);
    if (scale && !firstMissingItem(scale, result.answers)) complete.push({ scale, result });
  }
  const answered = scales.filter((scale) => complete.some((c) => c.scale === scale));
  const entry: FhirBundle['entry'] = [
    ...answered.map((scale) => ({ fullUrl: questionnaireUrl(scale), resource: toQuestionnaire(scale) })),
    ...complete.map(({ scale, result }) => ({
      fullUrl: `urn:uuid:${result.id}`,
      resource: toQuestionnaireResponse(scale, result),
    })),
  ];
  return {
    bundle: { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString(), entry },
    included: complete.length,
    leftOut: results.length - complete.length,
  };
}
