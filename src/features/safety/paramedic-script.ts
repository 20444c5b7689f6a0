// The plain words to read to paramedics, built from the care plan and today's session. Pure: no I/O.
import type { EmergencyDetails } from '../../domain/care-plan';

/** A dose time in words, for example "10:05". */
export function formatDoseTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The lines to read out, in order. Says plainly what is not recorded rather than leaving a gap, and when the dose time
 * is behind the app lock, says that instead of "not recorded".
 */
export function paramedicScript(plan: EmergencyDetails, dosedAt: string | undefined, doseTimeLocked = false): string[] {
  const lines = [
    dosedAt
      ? `They took ketamine, as prescribed, at ${formatDoseTime(dosedAt)} today.`
      : doseTimeLocked
        ? 'They are having ketamine treatment, as prescribed. (Today’s dose time is in the app; unlock it to see.)'
        : 'They are having ketamine treatment, as prescribed. (No dose time is recorded for today.)',
  ];
  const medicines = plan.medicines.map((m) => m.name).filter(Boolean);
  lines.push(
    medicines.length > 0 ? `Their other medicines: ${medicines.join(', ')}.` : 'No other medicines are recorded.',
  );
  lines.push(plan.allergies ? `Allergies: ${plan.allergies}.` : 'No allergies are recorded.');
  if (plan.prescriber?.name || plan.prescriber?.phone) {
    const who = plan.prescriber.name || 'Their prescriber';
    lines.push(plan.prescriber.phone ? `Prescriber: ${who}, phone ${plan.prescriber.phone}.` : `Prescriber: ${who}.`);
  }
  return lines;
}
