// Where the learn screens get their readings: the defaults, with a clinic's pack readings merged in (a pack reading
// replaces the default with the same id; new ids are added).
import { DEFAULT_READINGS } from '../../content/readings';
import { mergeReadings, parseReadings, type Reading } from '../../domain/reading';
import { activePack, loadActivePack } from '../../state/protocol-pack';

let defaults: Reading[] | undefined;
let merged: { from: readonly unknown[]; readings: Reading[] } | undefined;

/**
 * The readings to show, each checked against the schema (a bad one is left out, never shown half-formed). Reads the
 * active pack signal, so a screen that calls this re-renders when the stored pack has been read.
 */
export function libraryReadings(): Reading[] {
  void loadActivePack();
  defaults ??= parseReadings(DEFAULT_READINGS).readings;
  const fromPack = activePack.value.pack.readings;
  if (!fromPack || fromPack.length === 0) return defaults;
  if (merged?.from !== fromPack)
    merged = { from: fromPack, readings: mergeReadings(defaults, parseReadings(fromPack).readings) };
  return merged.readings;
}
