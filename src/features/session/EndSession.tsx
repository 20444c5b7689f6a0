import { useState } from 'preact/hooks';
import { closeWithoutDose, endSession } from '../../domain/session-lifecycle';
import { Button } from '../../ui/Button';
import type { SessionRecordHandle } from './use-session-record';
import { VitalsForm } from './VitalsForm';

/**
 * Ends the session: blood pressure and heart rate again, then the gentle hand-off. Before any dose, the session can
 * instead be closed for today.
 */
export function EndSession({ dosed, change }: { dosed: boolean; change: SessionRecordHandle['change'] }) {
  const [open, setOpen] = useState(false);
  if (!dosed) {
    return (
      <Button variant="secondary" large onClick={() => change((s) => closeWithoutDose(s, new Date().toISOString()))}>
        Not today: close without a dose
      </Button>
    );
  }
  if (!open) {
    return (
      <Button variant="secondary" large onClick={() => setOpen(true)}>
        End the session
      </Button>
    );
  }
  return (
    <section class="card" aria-labelledby="end-title">
      <h2 id="end-title">End the session</h2>
      <p>Take your blood pressure and heart rate once more, sitting, before you finish.</p>
      <VitalsForm
        idPrefix="end"
        submitLabel="Save and end the session"
        onSave={(vitals) => change((s) => endSession(s, vitals, new Date().toISOString()))}
      />
      <Button variant="secondary" onClick={() => setOpen(false)}>
        Not yet
      </Button>
    </section>
  );
}
