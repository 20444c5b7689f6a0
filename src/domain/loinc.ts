// What Stillpoint owes LOINC wherever it uses LOINC codes: the code system's URI and the notice its licence asks for.

/** The code system every LOINC code is sent under. */
export const LOINC_SYSTEM = 'http://loinc.org';

/** LOINC's licence asks for this notice wherever its codes are shown or sent (the scales screen and the FHIR file). */
export const LOINC_NOTICE =
  'This material contains content from LOINC® (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. ' +
  'and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the ' +
  'license at http://loinc.org/license.';
