import { useState } from 'preact/hooks';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { COUNTRY_CHOICES } from '../../state/crisis-lines-for';
import { settings, updateSettings } from '../../state/settings';
import { CountryField, ELSEWHERE } from '../../ui/CountryField';
import { Notice } from '../../ui/Notice';

/** Where the person lives, which sets the crisis and emergency numbers every screen shows. */
export function CountrySection() {
  const [error, setError] = useState<string | null>(null);
  const stored = settings.value.country;
  const value = stored === null || stored === undefined ? ELSEWHERE : stored;
  async function choose(next: string) {
    setError(null);
    try {
      await updateSettings({ country: next === ELSEWHERE ? null : next });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save.');
    }
  }
  const inForce = crisisLinesInForce.value;
  return (
    <section class="card" aria-labelledby="country-title">
      <h2 id="country-title">Crisis numbers</h2>
      <CountryField choices={COUNTRY_CHOICES} value={value} onChange={(next) => void choose(next)} />
      <p>
        Shown now: <strong>{inForce.label}</strong>.
        {inForce.from === 'clinic'
          ? ' Your clinic’s protocol pack sets these, so they stay whatever you choose here.'
          : ''}
      </p>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </section>
  );
}
