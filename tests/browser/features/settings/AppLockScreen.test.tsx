import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLockScreen } from '../../../../src/features/settings/AppLockScreen';
import { dispatchLock } from '../../../../src/state/app-lock-machine';
import { makeLockRecord, putLockIn } from '../../../fixtures/lock-state';

// The engine stands behind state/app-lock; these tests give its answers directly, whatever the real one does.
const engine = vi.hoisted(() => ({
  loadLockState: vi.fn(async () => undefined),
  unlock: vi.fn(),
  forgetKey: vi.fn(),
  turnLockOn: vi.fn(async (_passphrase: string, _idle: number, _kind: string): Promise<void> => undefined),
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
  const chooseOwn = () => fireEvent.click(view.getByRole('button', { name: 'Choose my own passphrase instead' }));
  return { view, type, input, understand, submit, chooseOwn };
}

/** What the engine does on a successful turn-on, as the machine hears it. */
async function engineTurnsOn(): Promise<void> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  dispatchLock({ type: 'unlocked', record: makeLockRecord(), key });
}

describe('turning the app lock on in Settings', () => {
  beforeEach(async () => {
    await putLockIn('off');
    engine.turnLockOn.mockImplementation(engineTurnsOn);
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

  it('offers a passphrase it made first, and turns the lock on with it once it is written down', async () => {
    const { understand, submit, view } = showSettings();
    const made = view.getByTestId('lock-passphrase').textContent ?? '';
    expect(made).toMatch(/^([0-9A-Z]{4} ){4}[0-9A-Z]{4}$/);
    understand();
    submit();
    expect(view.container.textContent).toMatch(/Tick this box once the passphrase is written down/);
    expect(engine.turnLockOn).not.toHaveBeenCalled();
    fireEvent.click(view.getByLabelText('I have written down this passphrase'));
    submit();
    await waitFor(() => expect(engine.turnLockOn).toHaveBeenCalledWith(made.replaceAll(' ', '-'), 5, 'generated'));
  });

  it('lists what stays readable while locked before the lock is turned on', () => {
    const { view } = showSettings();
    const list = view.getByRole('heading', { name: 'What stays readable while Stillpoint is locked' }).parentElement;
    expect(list?.textContent).toMatch(/sitter, care team and prescriber/);
    expect(list?.textContent).toMatch(/medicines with their instructions, and your allergies/);
  });

  it('refuses a guessable passphrase with the reason: a common password, a dictionary word', async () => {
    const { type, input, understand, submit, chooseOwn } = showSettings();
    chooseOwn();
    understand();
    for (const weak of ['password1', 'sunshine']) {
      type('New passphrase', weak);
      type('New passphrase again', weak);
      submit();
      await waitFor(() =>
        expect(document.getElementById('lock-on-passphrase-error')?.textContent).toMatch(/too easy to guess/),
      );
      expect(document.activeElement).toBe(input('New passphrase'));
    }
    expect(document.getElementById('lock-on-passphrase-error')?.textContent).toMatch(/commonly used|frequently used/);
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('refuses a short passphrase beside its field, moves focus there, and does not start', () => {
    const { type, input, understand, submit, chooseOwn } = showSettings();
    chooseOwn();
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
    const { type, input, understand, submit, chooseOwn } = showSettings();
    chooseOwn();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stone');
    understand();
    submit();
    expect(document.getElementById('lock-on-confirm-error')?.textContent).toMatch(/not the same/);
    expect(document.activeElement).toBe(input('New passphrase again'));
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('needs the box ticked that says a forgotten passphrase cannot be recovered', async () => {
    const { type, submit, view, chooseOwn } = showSettings();
    chooseOwn();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stones');
    submit();
    await waitFor(() => expect(view.container.textContent).toMatch(/Please tick this box to go on/));
    expect(engine.turnLockOn).not.toHaveBeenCalled();
  });

  it('turns the lock on with the passphrase and the chosen idle time, then says it is done', async () => {
    const { type, understand, submit, view, chooseOwn } = showSettings();
    chooseOwn();
    type('New passphrase', 'quiet river stones');
    type('New passphrase again', 'quiet river stones');
    fireEvent.click(view.getByLabelText('15 minutes'));
    understand();
    submit();
    await waitFor(() => expect(view.getByText(/^The lock is on\./).getAttribute('role')).toBe('status'));
    expect(engine.turnLockOn).toHaveBeenCalledWith('quiet river stones', 15, 'chosen');
    await waitFor(() => expect(view.getByRole('button', { name: 'Lock now' })).toBeTruthy());
  });

  it('shows an error from the engine in an alert and keeps what was typed', async () => {
    engine.turnLockOn.mockRejectedValue(new Error('This device is out of storage space. Nothing was changed.'));
    const { type, input, understand, submit, view, chooseOwn } = showSettings();
    chooseOwn();
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

  it('shows progress instead of the form while entries are encrypted', async () => {
    engine.turnLockOn.mockImplementation(async () => {
      await engineTurnsOn();
      dispatchLock({ type: 'progress', conversion: { direction: 'on', done: 40, total: 120 } });
      await new Promise(() => {});
    });
    const { view, understand, submit } = showSettings();
    fireEvent.click(view.getByLabelText('I have written down this passphrase'));
    understand();
    submit();
    await waitFor(() => expect(view.getByText('Protecting your entries… 40 of 120')).toBeTruthy());
    expect(view.getByText('Protecting your entries… 40 of 120')).toBeTruthy();
    expect(view.getByRole('button', { name: 'Turning on…', hidden: true }).closest('[hidden]')).not.toBeNull();
  });
});

describe('the app lock when it is on', () => {
  beforeEach(async () => {
    await putLockIn('unlocked');
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
