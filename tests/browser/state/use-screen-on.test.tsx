import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScreenOn } from '../../../src/state/use-screen-on';
import { KeepScreenOn } from '../../../src/ui/KeepScreenOn';

// iOS drops the wake lock when the screen locks and refuses a new one without a tap: after a return the person is
// offered "Keep the screen on", and that tap wins it back.

let visibility: DocumentVisibilityState = 'visible';

/** A navigator.wakeLock whose requests succeed or fail as each test says. */
function installWakeLock() {
  const sentinels: (EventTarget & { released: boolean; release: () => Promise<void> })[] = [];
  const request = vi.fn(async () => {
    const sentinel = Object.assign(new EventTarget(), {
      released: false,
      type: 'screen',
      async release() {
        sentinel.released = true;
        sentinel.dispatchEvent(new Event('release'));
      },
    });
    sentinels.push(sentinel);
    return sentinel;
  });
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  return { request, sentinels };
}

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

function Harness() {
  const screen = useScreenOn(true);
  return <KeepScreenOn state={screen.state} stops="Prompts stop." instead="set a timer" onRetry={screen.retry} />;
}

describe('keeping the screen on after the phone was locked', () => {
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(navigator, 'wakeLock');
    vi.restoreAllMocks();
    visibility = 'visible';
  });

  it('says the screen is kept on, then offers a tap when the lock is refused on return, and the tap wins it back', async () => {
    const fake = installWakeLock();
    const view = render(<Harness />);
    await view.findByText(/Stillpoint is keeping the screen on\./);

    // The screen locks: the browser drops the lock. On return it refuses a new one without a tap.
    setVisibility('hidden');
    await fake.sentinels[0]!.release();
    fake.request.mockRejectedValueOnce(new DOMException('Needs a user gesture', 'NotAllowedError'));
    setVisibility('visible');
    const button = await view.findByRole('button', { name: 'Keep the screen on' });
    expect(view.getByTestId('keep-screen-on').textContent).toContain('Keep the phone unlocked, or set a timer.');

    fireEvent.click(button);
    await waitFor(() => expect(fake.request).toHaveBeenCalledTimes(3));
    await view.findByText(/Stillpoint is keeping the screen on\./);
    expect(view.queryByRole('button', { name: 'Keep the screen on' })).toBeNull();
    expect(fake.sentinels.at(-1)?.released).toBe(false);
  });

  it('tells the person to keep the phone unlocked where the screen cannot be kept on at all', () => {
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined });
    const view = render(<Harness />);
    expect(view.getByTestId('keep-screen-on').textContent).toBe(
      'Prompts stop. Keep the phone unlocked, or set a timer.',
    );
    expect(view.queryByRole('button', { name: 'Keep the screen on' })).toBeNull();
  });
});
