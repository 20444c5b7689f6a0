// Where the learn screens get their readings. The one seam where a clinic's pack readings will be merged in.
import { DEFAULT_READINGS } from '../../content/readings';
import { parseReadings, type Reading } from '../../domain/reading';

let cached: Reading[] | undefined;

/** The readings to show, each checked against the schema (a bad one is left out, never shown half-formed). */
export function libraryReadings(): Reading[] {
  cached ??= parseReadings(DEFAULT_READINGS).readings;
  return cached;
}
