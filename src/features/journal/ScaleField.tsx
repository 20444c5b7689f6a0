/** Props of a ScaleField. */
export interface ScaleFieldProps {
  name: string;
  legend: string;
  /** Words for the low and the high end. */
  low: string;
  high: string;
  value: string;
  onChange(value: string): void;
}

const POINTS = ['1', '2', '3', '4', '5'];

/** A 1–5 scale as a labelled radio group with words at both ends, plus "not now" to leave it blank. */
export function ScaleField({ name, legend, low, high, value, onChange }: ScaleFieldProps) {
  return (
    <fieldset class="scale-field">
      <legend>{legend}</legend>
      <p class="field__hint" id={`${name}-hint`}>
        1 = {low}, 5 = {high}
      </p>
      <div class="scale-field__points">
        {POINTS.map((point) => (
          <label class="scale-field__point" key={point}>
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              aria-describedby={`${name}-hint`}
              onChange={() => onChange(point)}
            />
            <span>
              {point}
              {point === '1' ? <span class="visually-hidden"> ({low})</span> : null}
              {point === '5' ? <span class="visually-hidden"> ({high})</span> : null}
            </span>
          </label>
        ))}
      </div>
      {value ? (
        <button type="button" class="btn btn--secondary" onClick={() => onChange('')}>
          Clear {legend.toLocaleLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}
