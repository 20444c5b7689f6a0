// Firefox holds `navigator.storage.persist()` until the person answers its prompt; the first run must go on anyway.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { WelcomeScreen } from '../../../../src/features/welcome/WelcomeScreen';
import { freshLockDatabase } from '../../lock/fresh-database';

// Files share one origin: a lock left on by an earlier file would show "The lock is on" instead of the offer.
beforeEach(freshLockDatabase);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('Start leads on to the lock offer while the persistent-storage request is still unanswered', async () => {
  const persist = vi.spyOn(navigator.storage, 'persist').mockImplementation(() => new Promise<boolean>(() => {}));
  const view = render(
    <ErrorBoundary>
      <WelcomeScreen />
    </ErrorBoundary>,
  );
  fireEvent.click(view.getByRole('button', { name: 'Start' }));
  await waitFor(() =>
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Protect Stillpoint with a passphrase?'),
  );
  // Still asked, on the tap itself: the request matters where the browser keeps data only when asked.
  expect(persist).toHaveBeenCalledTimes(1);
});
