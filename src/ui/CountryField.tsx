/** The value of "Somewhere else" in the country choice. */
export const ELSEWHERE = 'elsewhere';

/** "Where do you live?": picks whose crisis and emergency numbers Stillpoint shows (the welcome and Settings). */
export function CountryField({
  choices,
  value,
  onChange,
}: {
  choices: readonly { code: string; name: string }[];
  value: string;
  onChange: (next: string) => void;
}) {
  return (
    <div class="field">
      <label for="country">Where do you live?</label>
      <select
        id="country"
        aria-describedby="country-hint"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {choices.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
        <option value={ELSEWHERE}>Somewhere else</option>
      </select>
      <p class="muted" id="country-hint">
        {value === ELSEWHERE
          ? 'Stillpoint has checked numbers for the countries listed. Elsewhere it shows the United States numbers: call your local emergency number instead. A clinic can set its own numbers in a protocol pack.'
          : 'This sets the crisis and emergency numbers shown. You can change it in Settings.'}
      </p>
    </div>
  );
}
