import { useState } from 'preact/hooks';
import { DEFAULT_CRISIS_RESOURCES } from '../../content/crisis-resources';
import type { Role } from '../../domain/settings';
import { requestPersistence } from '../../platform/persistence';
import { updateSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { CrisisList } from '../../ui/CrisisList';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';

/** First run: what Stillpoint is and is not, the emergency numbers, and whether this is a patient's or a coach's app. */
export function WelcomeScreen() {
  const [role, setRole] = useState<Role>('patient');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function start(event: Event) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await requestPersistence();
      await updateSettings({ role, firstRunDone: true, persistenceAskedAt: new Date().toISOString() });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save. Please try again.');
      setSaving(false);
    }
  }

  return (
    <Screen title="Welcome to Stillpoint">
      <p>
        Stillpoint helps you prepare for ketamine-assisted therapy at home, keep to your care team's safety plan on
        session days, breathe, and write about what comes up afterwards.
      </p>
      <div class="card">
        <h2>What it does not do</h2>
        <ul>
          <li>It is not medical advice and does not replace your prescriber or care team.</li>
          <li>It never suggests or changes a dose, and never tells you to stop a medicine.</li>
        </ul>
        <p>
          Everything you write stays on this device. Nothing is sent anywhere unless you choose to share it, and then
          only the person you share with can read it.
        </p>
      </div>
      <h2>If you need help now</h2>
      <CrisisList lines={DEFAULT_CRISIS_RESOURCES} headingLevel={3} />
      <form onSubmit={start}>
        <fieldset class="card">
          <legend>
            <h2>Who is using this app?</h2>
          </legend>
          <label class="choice">
            <input
              type="radio"
              name="role"
              value="patient"
              checked={role === 'patient'}
              onChange={() => setRole('patient')}
            />{' '}
            I am preparing for or having sessions
          </label>
          <label class="choice">
            <input
              type="radio"
              name="role"
              value="coach"
              checked={role === 'coach'}
              onChange={() => setRole('coach')}
            />{' '}
            I am a coach or therapist reviewing what people share with me
          </label>
          <p class="muted">You can change this later in Settings.</p>
        </fieldset>
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <Button type="submit" large disabled={saving}>
          Start
        </Button>
      </form>
    </Screen>
  );
}
