import { useState } from 'preact/hooks';
import { HOME_SCREEN_ADVICE, installState, showHomeScreenAdvice } from '../../domain/install-advice';
import { readInstallSignals } from '../../platform/install-state';
import { settings, updateSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';

/** Once, on iOS in a Safari tab: how to add Stillpoint to the Home Screen, and why (the seven-day deletion). */
export function HomeScreenAdviceCard() {
  const [state] = useState(() => installState(readInstallSignals()));
  const [error, setError] = useState<string | null>(null);
  if (!showHomeScreenAdvice(state, settings.value.homeScreenAdviceSeenAt)) return null;

  function dismiss() {
    updateSettings({ homeScreenAdviceSeenAt: new Date().toISOString() }).catch(() =>
      setError('That was not saved just now. Try again.'),
    );
  }

  return (
    <section class="card" aria-labelledby="home-screen-title">
      <h2 id="home-screen-title">Add Stillpoint to your Home Screen</h2>
      <p>{HOME_SCREEN_ADVICE.why}</p>
      <ol>
        {HOME_SCREEN_ADVICE.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="muted">
        Keep an encrypted backup too: <a href="/settings/backup">Backup and restore</a>. Settings shows whether
        Stillpoint runs from the Home Screen.
      </p>
      <FormError message={error} />
      <Button variant="secondary" onClick={dismiss}>
        Got it
      </Button>
    </section>
  );
}
