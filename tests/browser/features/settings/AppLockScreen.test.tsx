import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLockScreen } from '../../../../src/features/settings/AppLockScreen';
import { lockConversion, lockStatus } from '../../../../src/state/app-lock';

// The engine stands behind state/app-lock; these tests give its answers directly, whatever the real one does.
const engine = vi.hoisted(() => ({
  loadLockState: vi.fn(async () => undefined),
  unlock: vi.fn(),
  forgetKey: vi.fn(),
  turnLockOn: vi.fn(async (_passphrase: string, _idle: number) => undefined),
  turnLockOff: vi.fn(),
  changePassphrase: vi.fn(),
  setIdleMinutes: vi.fn(async (_minutes: number) => undefined),
  retryWaitMs: vi.fn((_now: number) => 0),
}));
vi.mock('../../../../src/state/app-lock-engine', () => engine);

function showSettings() {
  const view = render(<AppLockScreen />);
  const type = (label: string, value: string) => fireEvent.input(view.getByLabelText(label), { target: { value } });
  const input = (label: string) => view.getByLabelText(label) as HTMLInputElement;
  const understand = () =>
    fireEvent.click(view.getByLabelText(/I understand a forgotten passphrase cannot be recovered/));
  const submit = () => fireEvent.click(view.getByRole('button', { name: 'Turn on the lock' }));
  return { view, type, input, understand, submit };
}

describe('turning the app lock on in Settings', () => {
  beforeEach(() => {
    lockStatus.value = 'off';
    lockConversion.value = null;
    engine.turnLockOn.mockImplementation(async () => {
      lockStatus.value = 'unlocked';
    });
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('says before anything else that a forgotten passphrase cannot be recovered, and offers a backup first', () => {
    const { view } = showSettings();
    expect(view.container.textContent).toContain(
      'If you forget this passphrase, no one can recover your data — not us, not your care team.',
    );
    expect(view.getByRole('link', { name: 'Make a backup first' }).getAttribute('href')).toBe('/settings/backup');
  });

  it('refuses a short passphrase beside its field, moves focus there, and does not start', () => {
    const { type, input, understand, submit } = showSettings();
    type('New passphrase', 'calm');
    type('New passphrase again', 'calm');
    understand();
    submit();
    expect(input('New passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('lock-on-passphrase-error')?.textContent).toMatch(/at least 8 characters/);
    expect(document.activeElement).toBe(input('New passphrase'));
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('refuses two passphrases that differ, beside the second', () => {
    const { type, input, understand, submit } = showSettings();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stone');
    understand();
    submit();
    expect(document.getElementById('lock-on-confirm-error')?.textContent).toMatch(/not the same/);
    expect(document.activeElement).toBe(input('New passphrase again'));
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('needs the box ticked that says a forgotten passphrase cannot be recovered', () => {
    const { type, submit, view } = showSettings();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stones');
    submit();
    expect(view.container.textContent).toMatch(/Please tick this box to go on/);
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('turns the lock on with the passphrase and the chosen idle time, then says it is done', async () => {
    const { type, understand, submit, view } = showSettings();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stones');
    fireEvent.click(view.getByLabelText('15 minutes'));
    understand();
    submit();
    await waitFor(() => expect(view.getByText(/^The lock is on\./).getAttribute('role')).toBe('status'));
    expect(engine.turnLockOn).toHaveBeenCalledWith('quiet river stones', 15);
    await waitFor(() => expect(view.getByRole('button', { name: 'Lock now' })).toBeTruthy());
  });

  it('shows an error from the engine in an alert and keeps what was typed', async () => {
    engine.turnLockOn.mockRejectedValue(new Error('This device is out of storage space. Nothing was changed.'));
    const { type, input, understand, submit, view } = showSettings();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stones');
    understand();
    submit();
    await waitFor(() =>
      expect(view.getByRole('alert').textContent).toBe('This device is out of storage space. Nothing was changed.'),
    );
    expect(input('New passphrase').value).toBe('quiet river stones');
    expect(input('New passphrase again').value).toBe('quiet river stones');
  });

  it('shows progress instead of the form while entries are encrypted', () => {
    lockConversion.value = { direction: 'on', done: 40, total: 120 };
    const { view } = showSettings();
    expect(view.getByText('Protecting your entries… 40 of 120')).toBeTruthy();
    expect(view.getByRole('button', { name: 'Turn on the lock', hidden: true }).closest('[hidden]')).not.toBeNull();
  });
});

describe('the app lock when it is on', () => {
  beforeEach(() => {
    lockStatus.value = 'unlocked';
    lockConversion.value = null;
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('says a wrong current passphrase changed nothing', async () => {
    engine.changePassphrase.mockResolvedValue({ ok: false, reason: 'wrong', retryInMs: 0 });
    const view = render(<AppLockScreen />);
    fireEvent.input(view.getByLabelText('Current passphrase'), { target: { value: 'not it at all' } });
    fireEvent.input(view.getByLabelText('New passphrase'), { target: { value: 'quiet river stones' } });
    fireEvent.input(view.getByLabelText('New passphrase again'), { target: { value: 'quiet river stones' } });
    fireEvent.click(view.getByRole('button', { name: 'Change the passphrase' }));
    await waitFor(() =>
      expect(view.getByRole('alert').textContent).toBe('That passphrase is not right. Nothing was changed.'),
    );
    expect(engine.changePassphrase).toHaveBeenCalledWith('not it at all', 'quiet river stones');
  });

  it('saves a new idle time', async () => {
    const view = render(<AppLockScreen />);
    fireEvent.click(view.getByLabelText('30 minutes'));
    await waitFor(() => expect(engine.setIdleMinutes).toHaveBeenCalledWith(30));
  });
});
