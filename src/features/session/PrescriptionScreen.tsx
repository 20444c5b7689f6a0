import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { type Prescription, PrescriptionSchema } from '../../domain/care-plan';
import { loadCarePlan, updateCarePlan } from '../../storage/care-plan-store';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useDimTheme } from './use-dim-theme';
import './session.css';
import { messageOf } from '../../lib/error-message';

interface Form {
  medicine: string;
  doseAsWritten: string;
  holdMinutes: string;
  afterHold: NonNullable<Prescription['afterHold']>;
  boosterPrescribed: boolean;
  boosterInstructions: string;
  notes: string;
}

const EMPTY: Form = {
  medicine: '',
  doseAsWritten: '',
  holdMinutes: '',
  afterHold: 'as-instructed',
  boosterPrescribed: false,
  boosterInstructions: '',
  notes: '',
};

const AFTER_HOLD: { value: Form['afterHold']; label: string }[] = [
  { value: 'spit', label: 'Spit' },
  { value: 'swallow', label: 'Swallow' },
  { value: 'as-instructed', label: 'As my prescriber instructed' },
];

function toForm(p: Prescription): Form {
  return {
    medicine: p.medicine,
    doseAsWritten: p.doseAsWritten,
    holdMinutes: p.holdMinutes === undefined ? '' : String(p.holdMinutes),
    afterHold: p.afterHold ?? 'as-instructed',
    boosterPrescribed: p.boosterPrescribed,
    boosterInstructions: p.boosterInstructions ?? '',
    notes: p.notes ?? '',
  };
}

/** Turns the form into a prescription exactly as typed; the dose stays free text, never parsed. */
function toPrescription(form: Form): Prescription | string {
  if (form.medicine.trim() === '') return 'Write the medicine as your prescription names it.';
  if (form.doseAsWritten.trim() === '') return 'Copy the dose exactly as your prescription writes it.';
  const hold = form.holdMinutes.trim();
  if (hold !== '' && !/^\d{1,2}$/.test(hold)) return 'Write the hold time as whole minutes, or leave it empty.';
  const prescription: Prescription = {
    medicine: form.medicine.trim(),
    doseAsWritten: form.doseAsWritten.trim(),
    afterHold: form.afterHold,
    boosterPrescribed: form.boosterPrescribed,
  };
  if (hold !== '') prescription.holdMinutes = Number(hold);
  if (form.boosterPrescribed && form.boosterInstructions.trim()) {
    prescription.boosterInstructions = form.boosterInstructions.trim();
  }
  if (form.notes.trim()) prescription.notes = form.notes.trim();
  const checked = PrescriptionSchema.safeParse(prescription);
  return checked.success ? checked.data : 'Something here is too long or out of range. Please check it.';
}

/** Copy the dosing steps from the prescription: session mode repeats them and never changes them. */
export function PrescriptionScreen() {
  useDimTheme();
  const { query } = useRoute();
  const { route } = useLocation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadCarePlan()
      .then((plan) => plan.prescription && setForm(toForm(plan.prescription)))
      .catch(() => setError('Could not read what you entered before. You can enter it again.'));
  }, []);

  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  async function save(event: Event) {
    event.preventDefault();
    const result = toPrescription(form);
    if (typeof result === 'string') {
      setError(result);
      return;
    }
    try {
      await updateCarePlan({ prescription: result });
      route(query.readiness ? `/session?readiness=${encodeURIComponent(query.readiness)}` : '/session');
    } catch (caught) {
      setError(messageOf(caught, 'Could not save. Your text is still here; try again.'));
    }
  }

  return (
    <Screen title="Your prescription" intro="Copy it exactly as your prescriber wrote it. The app only repeats it.">
      <form onSubmit={save} noValidate>
        <Field id="rx-medicine" label="Medicine">
          {(wiring) => (
            <input
              {...wiring}
              value={form.medicine}
              maxLength={120}
              onInput={(e) => set({ medicine: e.currentTarget.value })}
            />
          )}
        </Field>
        <div class="field">
          <label for="rx-dose">Dose, as written</label>
          <span class="field__hint" id="rx-dose-hint">
            Word for word from your prescription.
          </span>
          <input
            id="rx-dose"
            aria-describedby="rx-dose-hint"
            value={form.doseAsWritten}
            maxLength={200}
            onInput={(e) => set({ doseAsWritten: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="rx-hold">Minutes to hold in the mouth</label>
          <span class="field__hint" id="rx-hold-hint">
            Leave empty if your prescription does not say.
          </span>
          <input
            id="rx-hold"
            inputMode="numeric"
            aria-describedby="rx-hold-hint"
            value={form.holdMinutes}
            onInput={(e) => set({ holdMinutes: e.currentTarget.value })}
          />
        </div>
        <fieldset class="card">
          <legend>After the hold</legend>
          {AFTER_HOLD.map((option) => (
            <label class="choice" key={option.value}>
              <input
                type="radio"
                name="after-hold"
                checked={form.afterHold === option.value}
                onChange={() => set({ afterHold: option.value })}
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
        <label class="choice">
          <input
            type="checkbox"
            checked={form.boosterPrescribed}
            onChange={(e) => set({ boosterPrescribed: e.currentTarget.checked })}
          />{' '}
          My prescription includes a booster
        </label>
        {form.boosterPrescribed ? (
          <Field id="rx-booster" label="The booster instructions, as written">
            {(wiring) => (
              <textarea
                {...wiring}
                maxLength={1000}
                value={form.boosterInstructions}
                onInput={(e) => set({ boosterInstructions: e.currentTarget.value })}
              />
            )}
          </Field>
        ) : null}
        <Field id="rx-notes" label="Anything else your prescriber wrote">
          {(wiring) => (
            <textarea
              {...wiring}
              maxLength={2000}
              value={form.notes}
              onInput={(e) => set({ notes: e.currentTarget.value })}
            />
          )}
        </Field>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" large>
          Save my prescription
        </Button>
      </form>
    </Screen>
  );
}
