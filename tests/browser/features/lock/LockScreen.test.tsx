import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LockScreen } from '../../../../src/features/lock/LockScreen';
import { putLockIn } from '../../../fixtures/lock-state';

// The engine stands behind state/app-lock; these tests give its answers directly, whatever the real one does.
const engine = vi.hoisted(() => ({
  loadLockState: vi.fn(async () => undefined),
  unlock: vi.fn(),
  forgetKey: vi.fn(),
  turnLockOn: vi.fn(),
  turnLockOff: vi.fn(),
  changePassphrase: vi.fn(),
  setIdleMinutes: vi.fn(),
  retryWaitMs: vi.fn((_now: number) => 0),
}));
vi.mock('../../../../src/state/app-lock-engine', () => engine);

const WRONG = 'That passphrase is not right. Nothing was changed.';

function showLockScreen() {
  const view = render(<LockScreen />);
  const field = () => view.getByLabelText('Passphrase') as HTMLInputElement;
  const button = () => view.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
  const tryPassphrase = (text: string) => {
    fireEvent.input(field(), { target: { value: text } });
    fireEvent.click(button());
  };
  return { view, field, button, tryPassphrase };
}

describe('the lock screen', () => {
  beforeEach(async () => {
    await putLockIn('locked');
    engine.retryWaitMs.mockReturnValue(0);
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('moves focus to its heading when it appears', async () => {
    const { view } = showLockScreen();
    await waitFor(() => expect(document.activeElement).toBe(view.getByRole('heading', { level: 1 })));
    expect(document.activeElement?.textContent).toBe('Stillpoint is locked');
  });

  it('says calmly that a wrong passphrase is wrong, keeps it, and leaves the focus in the field', async () => {
    engine.unlock.mockResolvedValue({ ok: false, reason: 'wrong', retryInMs: 0 });
    const { view, field, button, tryPassphrase } = showLockScreen();
    tryPassphrase('quiet river stone');
    await waitFor(() => expect(view.getByRole('alert').textContent).toBe(WRONG));
    expect(engine.unlock).toHaveBeenCalledWith('quiet river stone');
    expect(field().value).toBe('quiet river stone');
    expect(document.activeElement).toBe(field());
    expect(button().disabled).toBe(false);
  });

  it('shows a countdown and keeps Unlock disabled while the engine asks for a wait, then says it is over', async () => {
    engine.unlock.mockResolvedValue({ ok: false, reason: 'wait', retryInMs: 1_500 });
    const { view, button, tryPassphrase } = showLockScreen();
    tryPassphrase('quiet river stone');
    await waitFor(() => expect(view.getByTestId('passphrase-wait').textContent).toMatch(/try again in 2 seconds/));
    expect(button().disabled).toBe(true);
    fireEvent.submit(button().form as HTMLFormElement);
    expect(engine.unlock).toHaveBeenCalledTimes(1);
    const live = view.container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/Please wait 2 seconds before trying again/);
    await waitFor(() => expect(button().disabled).toBe(false), { timeout: 3_000 });
    expect(view.queryByTestId('passphrase-wait')).toBeNull();
    expect(live?.textContent).toBe('You can try again now.');
  });

  it('shows a wait that was still running before a reload', async () => {
    engine.retryWaitMs.mockReturnValue(30_000);
    const { view, button } = showLockScreen();
    await waitFor(() => expect(view.getByTestId('passphrase-wait').textContent).toMatch(/30 seconds/));
    expect(button().disabled).toBe(true);
  });

  it('shows the progress instead of the form while entries are being converted', async () => {
    await putLockIn('unlocked', { conversion: { direction: 'on', done: 40, total: 120 } });
    const view = render(<LockScreen />);
    expect(view.getByText('Protecting your entries… 40 of 120')).toBeTruthy();
    expect(view.queryByLabelText('Passphrase')).toBeNull();
  });

  it('shows and hides what is typed', () => {
    const { view, field } = showLockScreen();
    expect(field().type).toBe('password');
    expect(field().autocomplete).toBe('current-password');
    fireEvent.click(view.getByRole('button', { name: 'Show passphrase' }));
    expect(field().type).toBe('text');
    fireEvent.click(view.getByRole('button', { name: 'Hide passphrase' }));
    expect(field().type).toBe('password');
  });

  it('says a forgotten passphrase cannot be recovered and offers the erase', () => {
    const view = render(<LockScreen />);
    const forgot = view.getByText('Forgot your passphrase?').closest('details') as HTMLDetailsElement;
    expect(forgot.textContent).toMatch(/No one can recover it: not us, not your care team/);
    expect(forgot.textContent).toMatch(/restore|bring it back/);
    expect(view.getByRole('button', { name: 'Erase everything' })).toBeTruthy();
    expect(view.getByRole('link', { name: 'emergency card' }).getAttribute('href')).toBe('/emergency');
  });
});
