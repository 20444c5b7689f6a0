import { useState } from 'preact/hooks';
import type { VitalsReading } from '../../domain/vitals';
import { checkVitalsInput, type VitalsField, type VitalsInput } from '../../domain/vitals-validation';

const FIELDS: { field: VitalsField; label: string; hint: string }[] = [
  { field: 'systolic', label: 'Top number (systolic)', hint: 'Often labelled SYS.' },
  { field: 'diastolic', label: 'Bottom number (diastolic)', hint: 'Often labelled DIA.' },
  { field: 'heartRate', label: 'Heart rate (pulse)', hint: 'Beats per minute, often labelled PUL.' },
];

/** The three numbers from the monitor, checked for slips. `submitRef` lets the step's Next button read them. */
export function useReadingForm(prefix: string, initial?: VitalsReading) {
  const [input, setInput] = useState<VitalsInput>({
    systolic: initial ? String(initial.systolic) : '',
    diastolic: initial ? String(initial.diastolic) : '',
    heartRate: initial ? String(initial.heartRate) : '',
  });
  const [errors, setErrors] = useState<Partial<Record<VitalsField, string>>>({});

  /** Checks what was typed; the reading (stamped now), or undefined with the errors shown. */
  function read(): VitalsReading | undefined {
    const checked = checkVitalsInput(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      return undefined;
    }
    setErrors({});
    return { ...checked.values, takenAt: new Date().toISOString() };
  }

  const fields = (
    <div class="reading-fields">
      {FIELDS.map(({ field, label, hint }) => {
        const id = `${prefix}-${field}`;
        const error = errors[field];
        return (
          <div class="field" key={field}>
            <label for={id}>{label}</label>
            <span id={`${id}-hint`} class="field__hint">
              {hint}
            </span>
            <input
              id={id}
              inputMode="numeric"
              autocomplete="off"
              size={5}
              value={input[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              onInput={(e) => setInput((prev) => ({ ...prev, [field]: e.currentTarget.value }))}
            />
            {error ? (
              <span id={`${id}-error`} class="field__error">
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
  return { fields, read };
}
