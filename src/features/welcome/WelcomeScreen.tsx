import { useState } from 'preact/hooks';
import type { Role } from '../../domain/settings';
import { browserRegion } from '../../platform/locale-region';
import { requestPersistence } from '../../platform/persistence';
import { COUNTRY_CHOICES, crisisLinesFor } from '../../state/crisis-lines-for';
import { storageWasCleared, updateSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { CountryField, ELSEWHERE } from '../../ui/CountryField';
import { CrisisList } from '../../ui/CrisisList';
import { lazyScreen } from '../../ui/lazy-screen';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useUsableMark } from '../../ui/use-usable-mark';

// The second step (the app lock offer) loads only when the role is chosen: this is the first screen.
const LockOffer = lazyScreen(() => import('./LockOffer').then((m) => m.LockOffer));

/**
 * First run: what Stillpoint is and is not, the emergency numbers, and whether this is a patient's or a coach's app;
 * then the offer of an app lock. The first run is done (and saved) only after that offer is answered.
 */
export function WelcomeScreen() {
  const [role, setRole] = useState<Role>('patient');
  // A first guess from the browser's language; the person confirms or changes it here.
  const [country, setCountry] = useState(
    () => COUNTRY_CHOICES.find((choice) => choice.code === browserRegion())?.code ?? 'US',
  );
  const countryCode = country === ELSEWHERE ? null : country;
  const lines = crisisLinesFor(countryCode);
  const [roleChosen, setRoleChosen] = useState(false);
  useUsableMark('welcome', !roleChosen);

  function start(event: Event) {
    event.preventDefault();
    void LockOffer.preload().catch(() => undefined);
    // Asked here, while the tap that pressed Start still counts as the person's own action. Not awaited: Firefox
    // holds the answer until the person replies to its prompt, and the first run must not wait for that.
    void requestPersistence();
    setRoleChosen(true);
  }

  async function finish() {
    await updateSettings({
      role,
      country: countryCode,
      firstRunDone: true,
      persistenceAskedAt: new Date().toISOString(),
    });
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
      <form onSubmit={start}>
        <CountryField choices={COUNTRY_CHOICES} value={country} onChange={setCountry} />
        <h2>If you need help now</h2>
        <CrisisList lines={lines.resources} label={lines.label} headingLevel={3} />
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
        <Button type="submit" large>
          Start
        </Button>
      </form>
      <p>
        Moving from another device? <a href="/settings/backup">Restore from a backup</a>
      </p>
    </Screen>
  );
}
