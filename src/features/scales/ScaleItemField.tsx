import type { ScaleDefinition, ScaleItem } from '../../domain/scale';
import { optionsFor } from '../../domain/scale';

/** Props of one question. */
export interface ScaleItemFieldProps {
  scale: ScaleDefinition;
  item: ScaleItem;
  /** "Question 3 of 9", or a note for an unscored question. */
  position: string;
  value: number | undefined;
  /** Set when the person tried to save without answering this one. */
  errorId?: string | undefined;
  onChange: (value: number) => void;
}

/** One question as a fieldset of radio buttons: arrow keys move between answers, each answer a 48 px target. */
export function ScaleItemField({ scale, item, position, value, errorId, onChange }: ScaleItemFieldProps) {
  return (
    <fieldset
      id={`item-${item.id}`}
      class={errorId ? 'card scale-item scale-item--missing' : 'card scale-item'}
      aria-describedby={errorId}
    >
      <legend>
        <span class="visually-hidden">{position}: </span>
        {item.text}
      </legend>
      {optionsFor(scale, item).map((option) => (
        <label class="choice" key={option.value}>
          <input
            type="radio"
            name={item.id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
