import type { CarePlan, ContactPerson } from './care-plan';
import type { ReadinessRecord } from './readiness-record';

/** Who the hold screen offers to call: the care team from the care plan, and the sitter from it or today's check-in. */
export function holdContacts(
  carePlan: CarePlan,
  checkIn: ReadinessRecord | undefined,
): { careTeam: ContactPerson | undefined; sitter: ContactPerson | undefined } {
  const fromCheckIn = checkIn?.answers.sitterPhone
    ? { name: checkIn.answers.sitterName ?? '', phone: checkIn.answers.sitterPhone }
    : undefined;
  // The number given on the day is the one the sitter has with them; the care plan's is the fallback.
  return { careTeam: carePlan.careTeam, sitter: fromCheckIn ?? carePlan.sitter };
}
