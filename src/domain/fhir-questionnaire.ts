// Stillpoint's own FHIR R4 Questionnaire for each scale, sent inside every export so a receiving system can check
// each answer against the form it answers: the same linkIds, item types and answer choices, with LOINC codes on
// every item that has one. The linkIds are the scale's item ids, which stored results already use.
import type { FhirAnswerOption, FhirCoding, FhirQuestionnaire, FhirQuestionnaireItem } from './fhir-resources';
import { LOINC_NOTICE, LOINC_SYSTEM } from './loinc';
import type { ScaleDefinition, ScaleItem, ScaleOption } from './scale';
import { optionsFor } from './scale';

/** Where Stillpoint's FHIR definitions live; a Questionnaire's canonical URL is this plus `/Questionnaire/<id>`. */
export const STILLPOINT_FHIR_BASE = 'https://stillpoint.app/fhir';

/** FHIR R4's extension for the points an answer choice scores. */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** The canonical URL of a scale's Questionnaire (without its version). */
export function questionnaireUrl(scale: ScaleDefinition): string {
  return `${STILLPOINT_FHIR_BASE}/Questionnaire/${scale.fhir.id}`;
}

/** The versioned canonical a QuestionnaireResponse names: `url|version`. */
export function questionnaireCanonical(scale: ScaleDefinition): string {
  return `${questionnaireUrl(scale)}|${scale.fhir.version}`;
}

/** The linkId of the total score item. */
export function totalLinkId(scale: ScaleDefinition): string {
  return `${scale.id}-total`;
}

/** A LOINC code as a FHIR Coding list, or nothing where the code is not known. */
function loincCode(code: string | undefined, display?: string): { code?: FhirCoding[] } {
  return code ? { code: [{ system: LOINC_SYSTEM, code, ...(display ? { display } : {}) }] } : {};
}

/** Whether every choice of an item has a LOINC answer code (then it is a coded choice; otherwise whole points). */
function isCoded(options: readonly ScaleOption[]): boolean {
  return options.every((option) => option.loinc !== undefined);
}

/**
 * How one of an item's choices is written, in the Questionnaire and in a response alike: its LOINC coding where every
 * choice of the item has one, otherwise its points.
 */
export function answerValue(
  options: readonly ScaleOption[],
  option: ScaleOption,
): { valueCoding: FhirCoding } | { valueInteger: number } {
  return isCoded(options) && option.loinc
    ? { valueCoding: { system: LOINC_SYSTEM, code: option.loinc, display: option.label } }
    : { valueInteger: option.value };
}

/** One answer choice; a scored item's choices carry their points, so a receiver can score the form itself. */
function answerOption(options: readonly ScaleOption[], option: ScaleOption, scored: boolean): FhirAnswerOption {
  const points = scored ? { extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: option.value }] } : {};
  return { ...answerValue(options, option), ...points };
}

/** One question as a Questionnaire item. */
function questionItem(scale: ScaleDefinition, item: ScaleItem): FhirQuestionnaireItem {
  const options = optionsFor(scale, item);
  return {
    linkId: item.id,
    ...loincCode(item.loinc),
    text: item.text,
    type: isCoded(options) ? 'choice' : 'integer',
    required: !item.optional,
    answerOption: options.map((option) => answerOption(options, option, item.scored)),
  };
}

/** The total score item: a decimal, as LOINC's total score codes are quantities. */
function totalItem(scale: ScaleDefinition): FhirQuestionnaireItem {
  return {
    linkId: totalLinkId(scale),
    ...loincCode(scale.loinc.total),
    text: `${scale.name} total score`,
    type: 'decimal',
    required: true,
    readOnly: true,
  };
}

/** The copyright a receiver shows with the form: the form's own terms, then LOINC's notice where codes are used. */
function copyrightOf(scale: ScaleDefinition): string {
  const usesLoinc =
    scale.loinc.panel !== undefined || scale.loinc.total !== undefined || scale.items.some((i) => i.loinc);
  return usesLoinc ? `${scale.copyright} ${LOINC_NOTICE}` : scale.copyright;
}

/** A scale as Stillpoint's FHIR R4 Questionnaire: its items in order, then the total score. */
export function toQuestionnaire(scale: ScaleDefinition): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: scale.fhir.id,
    url: questionnaireUrl(scale),
    version: scale.fhir.version,
    name: scale.name.replace(/[^A-Za-z0-9]/g, ''),
    title: scale.name,
    status: 'active',
    experimental: false,
    subjectType: ['Patient'],
    publisher: 'Stillpoint',
    copyright: copyrightOf(scale),
    ...loincCode(scale.loinc.panel),
    item: [...scale.items.map((item) => questionItem(scale, item)), totalItem(scale)],
  };
}
