// A pure builder of FHIR R4 QuestionnaireResponse resources from stored scale results, for a clinician's record
// system. Only the fields a receiver needs; no patient identity (the person decides who gets the file).
import type { ScaleDefinition } from './scale';
import { optionsFor } from './scale';
import type { ScaleResult } from './scale-result';

/** The code system every LOINC code is sent under. */
export const LOINC_SYSTEM = 'http://loinc.org';

/** A FHIR Coding. */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** One answer: a coded choice where the answer has a LOINC code, otherwise its points as an integer. */
export type FhirAnswer = { valueCoding: FhirCoding } | { valueInteger: number };

/** One answered item of a QuestionnaireResponse. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer: FhirAnswer[];
}

/** A FHIR R4 QuestionnaireResponse (the subset Stillpoint writes). */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  status: 'completed';
  authored: string;
  /** Canonical URL of the LOINC form; left out when the panel code could not be verified. */
  questionnaire?: string;
  item: FhirResponseItem[];
}

/** A FHIR R4 Bundle of type collection. */
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirQuestionnaireResponse }[];
}

/** Where LOINC publishes its forms as FHIR Questionnaires. */
function loincQuestionnaireUrl(panel: string): string {
  return `http://loinc.org/q/${panel}`;
}

/** The answered items of one result, in the scale's order, followed by the total score. */
function responseItems(scale: ScaleDefinition, result: ScaleResult): FhirResponseItem[] {
  const items: FhirResponseItem[] = [];
  for (const item of scale.items) {
    const value = result.answers[item.id];
    if (value === undefined) continue;
    const option = optionsFor(scale, item).find((o) => o.value === value);
    const answer: FhirAnswer = option?.loinc
      ? { valueCoding: { system: LOINC_SYSTEM, code: option.loinc, display: option.label } }
      : { valueInteger: value };
    items.push({ linkId: item.loinc ?? item.id, text: item.text, answer: [answer] });
  }
  items.push({
    linkId: scale.loinc.total ?? `${scale.id}-total`,
    text: `${scale.name} total score`,
    answer: [{ valueInteger: result.total }],
  });
  return items;
}

/** One result as a QuestionnaireResponse. */
export function toQuestionnaireResponse(scale: ScaleDefinition, result: ScaleResult): FhirQuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: result.id,
    status: 'completed',
    authored: result.completedAt,
    ...(scale.loinc.panel ? { questionnaire: loincQuestionnaireUrl(scale.loinc.panel) } : {}),
    item: responseItems(scale, result),
  };
}

/** Results (of known scales) bundled for one file; results of a scale not in `scales` are left out. */
export function toFhirBundle(
  scales: readonly ScaleDefinition[],
  results: readonly ScaleResult[],
  now: Date,
): FhirBundle {
  const entry: FhirBundle['entry'] = [];
  for (const result of results) {
    const scale = scales.find((s) => s.id === result.scaleId);
    if (!scale) continue;
    entry.push({ fullUrl: `urn:uuid:${result.id}`, resource: toQuestionnaireResponse(scale, result) });
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString(), entry };
}
