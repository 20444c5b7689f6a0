import { lockIdleMinutes, lockStatus } from '../../state/app-lock';
import { minutesInWords } from '../../ui/IdleTimeChoice';

/** The app lock on the Settings screen: whether it is on, and the way to its settings. */
export function AppLockSection() {
  const on = lockStatus.value !== 'off';
  return (
    <section class="card" aria-labelledby="app-lock-title">
      <h2 id="app-lock-title">App lock</h2>
      <p>
        {on
          ? `On. Stillpoint locks itself after ${minutesInWords(lockIdleMinutes.value)} without use.`
          : 'Off. Anyone who opens Stillpoint on this device can read what is in it.'}
      </p>
      <a href="/settings/lock">{on ? 'App lock settings' : 'Set up the app lock'}</a>
    </section>
  );
}
