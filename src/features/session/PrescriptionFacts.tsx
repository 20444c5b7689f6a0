import type { Prescription } from '../../domain/care-plan';
import { afterHoldWords } from '../../domain/session-step';

/** The prescription as the person copied it, repeated word for word. */
export function PrescriptionFacts({ prescription }: { prescription: Prescription }) {
  return (
    <dl class="session-facts">
      <dt>Medicine</dt>
      <dd>{prescription.medicine}</dd>
      <dt>Dose, as written</dt>
      <dd>{prescription.doseAsWritten}</dd>
      {prescription.holdMinutes ? (
        <>
          <dt>Hold in the mouth</dt>
          <dd>
            {prescription.holdMinutes} minutes, then: {afterHoldWords(prescription)}
          </dd>
        </>
      ) : null}
      {prescription.boosterPrescribed ? (
        <>
          <dt>Booster</dt>
          <dd>{prescription.boosterInstructions || 'Included in your prescription.'}</dd>
        </>
      ) : null}
      {prescription.notes ? (
        <>
          <dt>Notes</dt>
          <dd>{prescription.notes}</dd>
        </>
      ) : null}
    </dl>
  );
}
