// The update prompt must be honest in every engine: no "new version" for the first install finishing, an "Update
// now" that always does something, and no unhandled rejection when the lazy workbox-window import is cut off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A service worker as the page sees it: its state, and the listeners told when that changes. */
class FakeWorker {
  state = 'installed';
  private listeners: Array<() => void> = [];
  addEventListener(type: string, listener: () => void) {
    if (type === 'statechange') this.listeners.push(listener);
  }
  /** Moves to a new state, telling the page as the browser does. */
  become(state: string) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** A service-worker registration as the page would see it: which workers are active and waiting. */
interface FakeRegistration {
  active: object | null;
  waiting: FakeWorker | null;
  update: () => Promise<void>;
}

const world = vi.hoisted(() => ({
  registration: { active: null, waiting: null, update: async () => undefined } as FakeRegistration,
  skipWaiting: vi.fn(),
  reload: vi.fn(),
  windowListeners: [] as string[],
  /** What the page's `navigator.serviceWorker` was asked to listen for ("controllerchange"). */
  containerListeners: new Map<string, () => void>(),
  announced: false,
}));

/** workbox-window's Workbox, reduced to what the app uses; a worker waits already when `register` is called. */
class FakeWorkbox {
  private listeners = new Map<string, (event: object) => void>();
  addEventListener(type: string, listener: (event: object) => void) {
    this.listeners.set(type, listener);
  }
  async register() {
    // As workbox-window does: a worker waiting before register() is announced in the next microtask.
    if (world.registration.waiting)
      queueMicrotask(() => {
        this.listeners.get('waiting')?.({ wasWaitingBeforeRegister: true });
        world.announced = true;
      });
    return world.registration;
  }
  messageSkipWaiting() {
    world.skipWaiting();
  }
}

async function loadRegistration(workbox: () => Promise<object>) {
  vi.resetModules();
  vi.doMock('workbox-window', workbox);
  const update = await import('../../../src/state/app-update');
  const sw = await import('../../../src/app/sw-registration');
  return { ...sw, updateReady: update.updateReady };
}

/** A new version waits beside the active one and the prompt is up; returns what "Update now" calls. */
async function showWaitingUpdate(): Promise<() => Promise<void>> {
  world.registration = { active: {}, waiting: new FakeWorker(), update: async () => undefined };
  const { startServiceWorker, applyUpdate, updateReady } = await loadRegistration(async () => ({
    Workbox: FakeWorkbox,
  }));
  startServiceWorker();
  await vi.waitFor(() => expect(updateReady.value).toBe(true));
  return applyUpdate;
}

beforeEach(() => {
  vi.stubEnv('PROD', true);
  world.skipWaiting.mockClear();
  world.reload.mockClear();
  world.windowListeners = [];
  world.containerListeners = new Map();
  world.announced = false;
  vi.stubGlobal('navigator', {
    serviceWorker: {
      controller: null,
      getRegistration: async () => world.registration,
      addEventListener: (type: string, listener: () => void) => world.containerListeners.set(type, listener),
    },
  });
  vi.stubGlobal('document', { readyState: 'complete', addEventListener: () => undefined });
  vi.stubGlobal('location', { reload: world.reload });
  vi.stubGlobal('addEventListener', (type: string) => world.windowListeners.push(type));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.doUnmock('workbox-window');
});

describe('the update prompt', () => {
  it('is not shown for the first install finishing (waiting with no active worker, a second load mid-install)', async () => {
    world.registration = { active: null, waiting: new FakeWorker(), update: async () => undefined };
    const { startServiceWorker, updateReady } = await loadRegistration(async () => ({ Workbox: FakeWorkbox }));
    updateReady.value = false;
    startServiceWorker();
    await vi.waitFor(() => expect(world.announced).toBe(true));
    // Whatever the listener set in motion settles within the turn: let one turn pass, then look.
    await new Promise((resolve) => setImmediate(resolve));
    expect(updateReady.value).toBe(false);
  });

  it('is shown for a new version waiting beside the active one', async () => {
    world.registration = { active: {}, waiting: new FakeWorker(), update: async () => undefined };
    const { startServiceWorker, updateReady } = await loadRegistration(async () => ({ Workbox: FakeWorkbox }));
    updateReady.value = false;
    startServiceWorker();
    await vi.waitFor(() => expect(updateReady.value).toBe(true));
  });

  it('"Update now" reloads when nothing waits any more, instead of waiting for a change that already happened', async () => {
    const applyUpdate = await showWaitingUpdate();
    // Meanwhile the new version took control (another tab accepted it): nothing is waiting now.
    world.registration = { active: {}, waiting: null, update: async () => undefined };
    await applyUpdate();
    expect(world.reload).toHaveBeenCalledTimes(1);
  });

  it('"Update now" with a worker waiting asks it to take over and does not reload before it has', async () => {
    const applyUpdate = await showWaitingUpdate();
    await applyUpdate();
    expect(world.skipWaiting).toHaveBeenCalledTimes(1);
    expect(world.reload).not.toHaveBeenCalled();
  });

  it('"Update now" reloads once when the new version takes control, told by the controller change', async () => {
    const applyUpdate = await showWaitingUpdate();
    const worker = world.registration.waiting as FakeWorker;
    await applyUpdate();
    const controllerChanged = world.containerListeners.get('controllerchange');
    expect(controllerChanged).toBeDefined();
    controllerChanged?.();
    expect(world.reload).toHaveBeenCalledTimes(1);
    // The worker's own "activated" follows: the page is already reloading, so it must not reload again.
    worker.become('activated');
    expect(world.reload).toHaveBeenCalledTimes(1);
  });

  it('"Update now" reloads when the new version is active though the page heard no controller change', async () => {
    const applyUpdate = await showWaitingUpdate();
    const worker = world.registration.waiting as FakeWorker;
    await applyUpdate();
    worker.become('activating');
    expect(world.reload).not.toHaveBeenCalled();
    worker.become('activated');
    expect(world.reload).toHaveBeenCalledTimes(1);
  });

  it('"Update now" reloads when the waiting version is replaced (it turns redundant), not never', async () => {
    const applyUpdate = await showWaitingUpdate();
    const worker = world.registration.waiting as FakeWorker;
    await applyUpdate();
    worker.become('redundant');
    expect(world.reload).toHaveBeenCalledTimes(1);
  });
});

describe('an interrupted workbox-window import', () => {
  it('is no unhandled rejection, and registering is tried again once back online', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const { startServiceWorker } = await loadRegistration(async () => {
      throw new TypeError('error loading dynamically imported module');
    });
    startServiceWorker();
    await vi.waitFor(() => expect(world.windowListeners).toContain('online'));
    // Node reports an unhandled rejection after the microtasks of the turn: let one turn pass.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
