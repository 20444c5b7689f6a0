/** One option of a ChoiceField. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A question answered by one of a few large radio choices, with its own legend and optional hint and error. */
export function ChoiceField<T extends string>({
  name,
  legend,
  hint,
  choices,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string | undefined;
  choices: readonly Choice<T>[];
  value: T | undefined;
  error?: string | undefined;
  onChange: (value: T) => void;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset class="card" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>
        <strong>{legend}</strong>
      </legend>
      {hint ? (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      ) : null}
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />{' '}
          {choice.label}
        </label>
      ))}
      {error ? (
        <p id={errorId} class="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The usual yes/no choices. */
export const YES_NO: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
