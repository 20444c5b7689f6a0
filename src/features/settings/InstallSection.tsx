import { useState } from 'preact/hooks';
import { HOME_SCREEN_ADVICE, installState, storageExpiresInTab } from '../../domain/install-advice';
import { readInstallSignals } from '../../platform/install-state';

/** Whether Stillpoint runs installed (from the Home Screen), and on iOS in a tab, how to install it and why. */
export function InstallSection() {
  const [state] = useState(() => installState(readInstallSignals()));
  return (
    <section class="card" aria-labelledby="install-title">
      <h2 id="install-title">Installed</h2>
      <p data-testid="install-state">
        <strong>{state.installed ? 'Runs installed: yes' : 'Runs installed: no, in a browser tab'}</strong>
      </p>
      {storageExpiresInTab(state) ? (
        <>
          <p>{HOME_SCREEN_ADVICE.why}</p>
          <ol>
            {HOME_SCREEN_ADVICE.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : state.installed ? (
        <p class="muted">Stillpoint opens from its own icon, like an app.</p>
      ) : (
        <p class="muted">You can install Stillpoint from the browser’s menu, so it opens like an app.</p>
      )}
    </section>
  );
}
