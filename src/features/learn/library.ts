// Where the learn screens get their readings: the defaults, with a clinic's pack readings merged in (a pack reading
// replaces the default with the same id; new ids are added).
import { DEFAULT_READINGS } from '../../content/readings';
import { fillReading } from '../../domain/pack-text';
import type { ProtocolPack } from '../../domain/protocol-pack';
import { mergeReadings, parseReadings, type Reading } from '../../domain/reading';
import { activePack, loadActivePack } from '../../state/protocol-pack';

let defaults: Reading[] | undefined;
let merged: { pack: ProtocolPack; readings: Reading[] } | undefined;

/**
 * The readings to show, each checked against the schema (a bad one is left out, never shown half-formed). Reads the
 * active pack signal, so a screen that calls this re-renders when the stored pack has been read.
 */
export function libraryReadings(): Reading[] {
  void loadActivePack();
  defaults ??= parseReadings(DEFAULT_READINGS).readings;
  const pack = activePack.value.pack;
  if (merged?.pack !== pack) {
    const fromPack = pack.readings ?? [];
    const readings = fromPack.length === 0 ? defaults : mergeReadings(defaults, parseReadings(fromPack).readings);
    // Every number a reading states comes from the pack in force (see domain/pack-text).
    merged = { pack, readings: readings.map((reading) => fillReading(reading, pack)) };
  }
  return merged.readings;
}
