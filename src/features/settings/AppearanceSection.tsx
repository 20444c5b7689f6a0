import { useState } from 'preact/hooks';
import type { Theme } from '../../domain/settings';
import { messageOf } from '../../lib/error-message';
import { settings, updateSettings } from '../../state/settings';
import { Notice } from '../../ui/Notice';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'dim', label: 'Dim (for the session room)' },
];

/** Colour theme, including the near-black dim theme for sessions. */
export function AppearanceSection() {
  const [error, setError] = useState<string | null>(null);
  async function choose(theme: Theme) {
    setError(null);
    try {
      await updateSettings({ theme });
    } catch (caught) {
      setError(messageOf(caught, 'Could not save.'));
    }
  }
  return (
    <fieldset class="card">
      <legend>
        <h2>Appearance</h2>
      </legend>
      {THEMES.map((theme) => (
        <label class="choice" key={theme.value}>
          <input
            type="radio"
            name="theme"
            checked={settings.value.theme === theme.value}
            onChange={() => choose(theme.value)}
          />{' '}
          {theme.label}
        </label>
      ))}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </fieldset>
  );
}
