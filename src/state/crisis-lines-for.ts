import { CRISIS_COUNTRIES, crisisCountry, FALLBACK_CRISIS_COUNTRY } from '../content/crisis-countries';
import type { CrisisResource } from '../domain/crisis-resource';
import { type ClinicCrisisLines, clinicLinesNote } from './clinic-crisis-note';
import { settings } from './settings';

// Kept free of the protocol pack: the crash screen, in the critical path, shows these too.

/** The crisis and emergency numbers a screen shows, and the words that say whose numbers they are. */
export interface CrisisLinesInForce {
  /** Plain words naming where the numbers are for, shown above every list of them. */
  label: string;
  resources: readonly CrisisResource[];
  /** Where they come from: the person's country, the United States because no country was chosen, or a clinic. */
  from: 'country' | 'fallback' | 'clinic';
}

/** Which numbers to show: a clinic's replace the defaults; otherwise the person's country, or the United States. */
export function crisisLinesFor(country: string | null | undefined, clinic?: ClinicCrisisLines): CrisisLinesInForce {
  if (clinic) return { label: `Numbers from ${clinic.publisher}`, resources: clinic.resources, from: 'clinic' };
  const chosen = crisisCountry(country);
  if (chosen) return { label: `${chosen.name} numbers`, resources: chosen.resources, from: 'country' };
  return {
    label: `${FALLBACK_CRISIS_COUNTRY.name} numbers. Somewhere else, call your local emergency number; a clinic can set its own numbers in a protocol pack.`,
    resources: FALLBACK_CRISIS_COUNTRY.resources,
    from: 'fallback',
  };
}

/** The supported countries as choices for a form: code and name. */
export const COUNTRY_CHOICES: readonly { code: string; name: string }[] = CRISIS_COUNTRIES.map(({ code, name }) => ({
  code,
  name,
}));

/** The numbers for a screen that cannot load the protocol pack (the crash screen): the same choice, from notes. */
export function crisisLinesWithoutPack(): CrisisLinesInForce {
  return crisisLinesFor(settings.value.country, clinicLinesNote());
}
