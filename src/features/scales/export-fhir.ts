import { SCALES } from '../../content/scales';
import { toFhirBundle } from '../../domain/fhir-questionnaire-response';
import { downloadBlob } from '../../platform/download';
import { listScaleResults } from '../../storage/scale-results-store';

/** Saves every scale result as one FHIR R4 Bundle file on this device; resolves to how many results it holds. */
export async function downloadFhirExport(now = new Date()): Promise<number> {
  const bundle = toFhirBundle(SCALES, await listScaleResults(), now);
  const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' });
  downloadBlob(blob, `stillpoint-scales-${now.toISOString().slice(0, 10)}.fhir.json`);
  return bundle.entry.length;
}
