/** Props of an IdleTimeChoice. */
export interface IdleTimeChoiceProps {
  /** The radio group's name (unique on the page). */
  name: string;
  choices: readonly number[];
  value: number;
  onChange: (minutes: number) => void;
  disabled?: boolean;
}

/** "1 minute", "5 minutes". */
export function minutesInWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** A radio group: how long Stillpoint may sit unused before it locks itself. */
export function IdleTimeChoice({ name, choices, value, onChange, disabled }: IdleTimeChoiceProps) {
  return (
    <fieldset class="idle-choice">
      <legend>Lock after this long without use</legend>
      {choices.map((minutes) => (
        <label class="choice" key={minutes}>
          <input
            type="radio"
            name={name}
            value={String(minutes)}
            checked={value === minutes}
            disabled={disabled}
            onChange={() => onChange(minutes)}
          />{' '}
          {minutesInWords(minutes)}
        </label>
      ))}
    </fieldset>
  );
}
