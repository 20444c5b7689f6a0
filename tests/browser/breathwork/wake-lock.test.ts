import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepAwake } from '../../../src/platform/wake-lock';

/** A stand-in for navigator.wakeLock that counts requests and can drop the lock like a browser hiding the page. */
function makeFakeWakeLock() {
  const sentinels: (EventTarget & { released: boolean; release: () => Promise<void> })[] = [];
  const api = {
    request: vi.fn(async () => {
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        type: 'screen',
        async release() {
          if (sentinel.released) return;
          sentinel.released = true;
          sentinel.dispatchEvent(new Event('release'));
        },
      });
      sentinels.push(sentinel);
      return sentinel;
    }),
  };
  return { api, sentinels };
}

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

function installFakes() {
  const fake = makeFakeWakeLock();
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: fake.api });
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  return fake;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keeping the screen awake', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'wakeLock');
    vi.restoreAllMocks();
    visibility = 'visible';
  });

  it('asks for a screen wake lock and reports that it is held', async () => {
    const fake = installFakes();
    const changes: boolean[] = [];
    const release = keepAwake((held) => changes.push(held));
    await tick();
    expect(fake.api.request).toHaveBeenCalledWith('screen');
    expect(changes).toEqual([true]);
    release();
  });

  it('asks again when the page becomes visible after the browser dropped the lock', async () => {
    const fake = installFakes();
    const release = keepAwake();
    await tick();
    setVisibility('hidden');
    await fake.sentinels[0]!.release();
    expect(fake.api.request).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await tick();
    expect(fake.api.request).toHaveBeenCalledTimes(2);
    expect(fake.sentinels[1]!.released).toBe(false);
    release();
  });

  it('lets go when released and does not ask again afterwards', async () => {
    const fake = installFakes();
    const release = keepAwake();
    await tick();
    release();
    await tick();
    expect(fake.sentinels[0]!.released).toBe(true);
    setVisibility('hidden');
    setVisibility('visible');
    await tick();
    expect(fake.api.request).toHaveBeenCalledTimes(1);
  });

  it('goes on quietly when the browser refuses', async () => {
    installFakes().api.request.mockRejectedValueOnce(new DOMException('Battery saver', 'NotAllowedError'));
    const changes: boolean[] = [];
    const release = keepAwake((held) => changes.push(held));
    await tick();
    expect(changes).toEqual([false]);
    release();
  });
});
