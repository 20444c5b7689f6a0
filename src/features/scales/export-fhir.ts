import { SCALES } from '../../content/scales';
import { toFhirExport } from '../../domain/fhir-questionnaire-response';
import { responseProblems } from '../../domain/fhir-response-check';
import { datedFileName } from '../../lib/file-names';
import { downloadBlob } from '../../platform/download';
import { listScaleResults } from '../../storage/scale-results-store';

/** How many results a saved file holds, and how many could not go in (a required answer missing). */
export interface FhirExportCount {
  included: number;
  leftOut: number;
}

/** Saves every scale result, with the Questionnaires they answer, as one FHIR R4 Bundle file on this device. */
export async function downloadFhirExport(now = new Date()): Promise<FhirExportCount> {
  const { bundle, included, leftOut } = toFhirExport(SCALES, await listScaleResults(), now);
  if (included === 0) throw new Error('No file was made: every result has an answer missing.');
  // A receiver would reject a response that does not fit its form; better no file than one that fails there.
  if (responseProblems(bundle).length > 0) {
    throw new Error('The file could not be made, because an answer did not fit its questionnaire.');
  }
  const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' });
  downloadBlob(blob, datedFileName('export', now, '.json'));
  return { included, leftOut };
}
