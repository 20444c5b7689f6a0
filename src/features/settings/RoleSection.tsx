import { useState } from 'preact/hooks';
import type { Role } from '../../domain/settings';
import { messageOf } from '../../lib/error-message';
import { settings, updateSettings } from '../../state/settings';
import { Notice } from '../../ui/Notice';

/** Switch between the patient's and the coach's app. Nothing stored is changed by switching. */
export function RoleSection() {
  const [error, setError] = useState<string | null>(null);
  async function choose(role: Role) {
    setError(null);
    try {
      await updateSettings({ role });
    } catch (caught) {
      setError(messageOf(caught, 'Could not save.'));
    }
  }
  const role = settings.value.role ?? 'patient';
  return (
    <fieldset class="card">
      <legend>
        <h2>Who uses this app</h2>
      </legend>
      <label class="choice">
        <input type="radio" name="role" checked={role === 'patient'} onChange={() => choose('patient')} /> Patient
      </label>
      <label class="choice">
        <input type="radio" name="role" checked={role === 'coach'} onChange={() => choose('coach')} /> Coach or
        therapist
      </label>
      <p class="muted">Switching changes what the home screen shows first. Nothing you have stored changes.</p>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </fieldset>
  );
}
