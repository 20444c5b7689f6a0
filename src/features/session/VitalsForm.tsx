import { useState } from 'preact/hooks';
import { readVitals, type Vitals, type VitalsErrors, type VitalsInput } from '../../domain/session-vitals';
import { Button } from '../../ui/Button';

/** Props of VitalsForm. */
export interface VitalsFormProps {
  /** Prefix for field ids, so two forms can share a page. */
  idPrefix: string;
  submitLabel: string;
  /** Saves the reading; resolves false if it could not be saved (the typed numbers stay). */
  onSave(vitals: Vitals): Promise<boolean>;
}

const FIELDS: { name: keyof VitalsInput; label: string; hint: string }[] = [
  { name: 'systolic', label: 'Blood pressure, top number', hint: 'Systolic, mmHg' },
  { name: 'diastolic', label: 'Blood pressure, bottom number', hint: 'Diastolic, mmHg' },
  { name: 'heartRate', label: 'Heart rate', hint: 'Beats per minute' },
];

/** Blood pressure and heart rate, checked for slips of the finger before saving. */
export function VitalsForm({ idPrefix, submitLabel, onSave }: VitalsFormProps) {
  const [input, setInput] = useState<VitalsInput>({ systolic: '', diastolic: '', heartRate: '' });
  const [errors, setErrors] = useState<VitalsErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    const result = readVitals(input, new Date().toISOString());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await onSave(result.vitals);
  }

  return (
    <form onSubmit={submit} noValidate>
      {FIELDS.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = errors[field.name];
        return (
          <div class="field" key={field.name}>
            <label for={id}>{field.label}</label>
            <span class="field__hint" id={`${id}-hint`}>
              {field.hint}
            </span>
            <input
              id={id}
              type="text"
              inputMode="numeric"
              autocomplete="off"
              value={input[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              onInput={(event) => setInput({ ...input, [field.name]: event.currentTarget.value })}
            />
            {error ? (
              <span class="field__error" id={`${id}-error`}>
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
      <Button type="submit" large>
        {submitLabel}
      </Button>
    </form>
  );
}
