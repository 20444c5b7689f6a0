import { useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { DEFAULT_CRISIS_RESOURCES } from '../../content/crisis-resources';
import type { Role } from '../../domain/settings';
import { requestPersistence } from '../../platform/persistence';
import { storageWasCleared, updateSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { CrisisList } from '../../ui/CrisisList';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';

// The second step (the app lock offer) loads only when the role is chosen: this is the first screen.
const LockOffer = lazy(() => import('./LockOffer').then((m) => m.LockOffer));

/**
 * First run: what Stillpoint is and is not, the emergency numbers, and whether this is a patient's or a coach's app;
 * then the offer of an app lock. The first run is done (and saved) only after that offer is answered.
 */
export function WelcomeScreen() {
  const [role, setRole] = useState<Role>('patient');
  const [saving, setSaving] = useState(false);
  const [roleChosen, setRoleChosen] = useState(false);

  async function start(event: Event) {
    event.preventDefault();
    setSaving(true);
    void LockOffer.preload().catch(() => undefined);
    // Asked here, while the tap that pressed Start still counts as the person's own action.
    await requestPersistence();
    setSaving(false);
    setRoleChosen(true);
  }

  async function finish() {
    await updateSettings({ role, firstRunDone: true, persistenceAskedAt: new Date().toISOString() });
  }

  if (roleChosen) return <LockOffer onFinish={finish} />;

  return (
    <Screen title="Welcome to Stillpoint">
      {storageWasCleared.value ? (
        <Notice tone="caution">
          Stillpoint was set up in this browser before, but its data is no longer here. The browser may have cleared it
          to free space, or site data was cleared. If you made a backup, you can{' '}
          <a href="/settings/backup">restore it now</a>.
        </Notice>
      ) : null}
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
        <Button type="submit" large disabled={saving}>
          Start
        </Button>
      </form>
      <p>
        Moving from another device? <a href="/settings/backup">Restore from a backup</a>
      </p>
    </Screen>
  );
}
