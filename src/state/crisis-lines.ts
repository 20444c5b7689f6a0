import { computed } from '@preact/signals';
import { clinicLinesOf } from './clinic-crisis-note';
import { type CrisisLinesInForce, crisisLinesFor } from './crisis-lines-for';
import { activePack } from './protocol-pack';
import { settings } from './settings';

// The one place screens get crisis and emergency numbers from: the pack in force and where the person lives.

/** The crisis and emergency numbers every screen shows, labelled with whose they are. */
export const crisisLinesInForce = computed<CrisisLinesInForce>(() => {
  const { pack, source } = activePack.value;
  return crisisLinesFor(settings.value.country, clinicLinesOf(pack, source));
});
