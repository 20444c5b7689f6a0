// The subset of FHIR R4 (4.0.1) that Stillpoint writes: a collection Bundle of Questionnaires and the
// QuestionnaireResponses that answer them. Field names and value sets are R4's; nothing here is Stillpoint's own.

/** A FHIR Coding. */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** A FHIR extension carrying a decimal (the only kind Stillpoint sends: an answer's points). */
export interface FhirDecimalExtension {
  url: string;
  valueDecimal: number;
}

/** One answer choice of a Questionnaire item: a coded answer, or the points themselves where no code is known. */
export type FhirAnswerOption = ({ valueCoding: FhirCoding } | { valueInteger: number }) & {
  extension?: FhirDecimalExtension[];
};

/** The R4 item types Stillpoint uses: a coded choice, whole points, and a score. */
export type FhirItemType = 'choice' | 'integer' | 'decimal';

/** One item of a Questionnaire. */
export interface FhirQuestionnaireItem {
  linkId: string;
  code?: FhirCoding[];
  text: string;
  type: FhirItemType;
  required: boolean;
  readOnly?: boolean;
  answerOption?: FhirAnswerOption[];
}

/** A FHIR R4 Questionnaire (the subset Stillpoint publishes). */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  experimental: false;
  subjectType: ['Patient'];
  publisher: string;
  copyright: string;
  code?: FhirCoding[];
  item: FhirQuestionnaireItem[];
}

/** One answer of a QuestionnaireResponse item. */
export type FhirAnswer = { valueCoding: FhirCoding } | { valueInteger: number } | { valueDecimal: number };

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
  /** The canonical of the Questionnaire it answers, with its version: `url|version`. */
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: FhirResponseItem[];
}

/** One entry of the Bundle. */
export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirQuestionnaire | FhirQuestionnaireResponse;
}

/** A FHIR R4 Bundle of type collection. */
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: FhirBundleEntry[];
}
