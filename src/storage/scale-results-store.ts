import type { ScaleId } from '../domain/scale';
import { latestByScale } from '../domain/scale-id';
import { type ScaleResult, ScaleResultSchema } from '../domain/scale-result';
import { getRecord, listRecords } from './record-reads';
import { putRecord } from './record-writes';
import { STORES } from './schema';

/** Saves a completed questionnaire durably. */
export function saveScaleResult(result: ScaleResult): Promise<void> {
  return putRecord(STORES.scaleResults, ScaleResultSchema, result);
}

/** Reads one result. */
export function loadScaleResult(id: string): Promise<ScaleResult | undefined> {
  return getRecord(STORES.scaleResults, ScaleResultSchema, id);
}

/** Every result, oldest first (the order trends are drawn in); records that fail their schema are skipped. */
export function listScaleResults(): Promise<ScaleResult[]> {
  return listRecords(STORES.scaleResults, ScaleResultSchema, { direction: 'oldest' });
}

/** The completion time of each scale's latest result. */
export async function lastCompletedByScale(): Promise<Partial<Record<ScaleId, string>>> {
  return latestByScale(await listScaleResults());
}
