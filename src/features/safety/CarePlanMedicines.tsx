import { useRef } from 'preact/hooks';
import type { Medicine } from '../../domain/care-plan';
import { Button } from '../../ui/Button';
import type { FieldErrors } from './care-plan-form';

/** Props of the medicines part of the care-plan form. */
export interface MedicinesFieldsProps {
  medicines: Medicine[];
  errors: FieldErrors;
  onChange(medicines: Medicine[]): void;
}

/** The medicines the person takes, each with the prescriber's instructions in their words. */
export function MedicinesFields({ medicines, errors, onChange }: MedicinesFieldsProps) {
  // Rows have no id of their own; stable keys keep focus on the right row when one above is removed.
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  while (keys.current.length < medicines.length) keys.current.push(nextKey.current++);
  keys.current.length = medicines.length;
  function remove(index: number) {
    keys.current.splice(index, 1);
    onChange(medicines.filter((_, i) => i !== index));
  }
  function update(index: number, patch: Partial<Medicine>) {
    onChange(medicines.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  }
  return (
    <fieldset class="card">
      <legend>
        <h2>Your medicines</h2>
      </legend>
      <p class="field__hint">
        Every medicine you take, and what your prescriber said about it for session days, in their words. The app only
        repeats this; it never changes it.
      </p>
      {medicines.map((medicine, index) => {
        const n = index + 1;
        return (
          <div key={keys.current[index]} class="card">
            <div class="field">
              <label for={`medicine-${index}-name`}>Medicine {n}: name</label>
              <input
                id={`medicine-${index}-name`}
                autocomplete="off"
                value={medicine.name}
                onInput={(e) => update(index, { name: e.currentTarget.value })}
              />
              {errors[`medicine-${index}-name`] ? (
                <span class="field__error">{errors[`medicine-${index}-name`]}</span>
              ) : null}
            </div>
            <div class="field">
              <label for={`medicine-${index}-instructions`}>Medicine {n}: your prescriber’s instructions</label>
              <textarea
                id={`medicine-${index}-instructions`}
                value={medicine.instructions}
                onInput={(e) => update(index, { instructions: e.currentTarget.value })}
              />
              {errors[`medicine-${index}-instructions`] ? (
                <span class="field__error">{errors[`medicine-${index}-instructions`]}</span>
              ) : null}
            </div>
            <Button variant="secondary" onClick={() => remove(index)}>
              Remove medicine {n}
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...medicines, { name: '', instructions: '' }])}>
        Add a medicine
      </Button>
    </fieldset>
  );
}
