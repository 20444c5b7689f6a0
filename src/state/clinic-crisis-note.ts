import type { CrisisResource } from '../domain/crisis-resource';
import type { ProtocolPack } from '../domain/protocol-pack';
import { readLocalNote, writeLocalNote } from '../platform/local-note';

// A copy of a clinic's crisis numbers for the crash screen, which cannot load the pack. Numbers only: no health data.
// The pack's owner (state/protocol-pack.ts) writes it whenever the pack in force changes; the crash screen reads it.

/** A clinic's own numbers from its protocol pack, with who published them. */
export interface ClinicCrisisLines {
  publisher: string;
  resources: readonly CrisisResource[];
}

/** Where the clinic's numbers are copied for the crash screen, which cannot load the pack (numbers only). */
export const CLINIC_CRISIS_NOTE = 'stillpoint:clinic-crisis-lines';

function looksLikeLine(value: unknown): value is CrisisResource {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Record<string, unknown>;
  return (
    typeof line.id === 'string' &&
    typeof line.name === 'string' &&
    typeof line.when === 'string' &&
    typeof line.number === 'string' &&
    /^[0-9+*#]{2,20}$/.test(line.number) &&
    Array.isArray(line.channels) &&
    line.channels.length > 0 &&
    line.channels.every((channel) => channel === 'call' || channel === 'text')
  );
}

/** The clinic's numbers as last seen (a light check: the note is a cache of the checked pack). */
export function clinicLinesNote(): ClinicCrisisLines | undefined {
  const note = readLocalNote(CLINIC_CRISIS_NOTE);
  if (typeof note !== 'object' || note === null) return undefined;
  const { publisher, resources } = note as Record<string, unknown>;
  if (typeof publisher !== 'string' || !Array.isArray(resources) || resources.length === 0) return undefined;
  return resources.every(looksLikeLine) ? { publisher, resources } : undefined;
}

/** The clinic's numbers of a pack in force: none while the default pack applies. */
export function clinicLinesOf(pack: ProtocolPack, source: string): ClinicCrisisLines | undefined {
  return source === 'default' ? undefined : { publisher: pack.publisher, resources: pack.crisis.resources };
}

/** Keeps the crash screen's copy in step with the pack in force (removed while the default applies). */
export function writeClinicCrisisNote(lines: ClinicCrisisLines | undefined): void {
  writeLocalNote(CLINIC_CRISIS_NOTE, lines);
}
