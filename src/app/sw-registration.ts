// The only place that touches the service-worker registration. workbox-window is loaded lazily, after first paint.
import { trustedServiceWorkerUrl } from '../platform/trusted-types';
import { flushAll, offlineReady, updateReady } from '../state/app-update';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let acceptUpdate: (() => Promise<void>) | undefined;

/** Registers the service worker (production builds only) and wires the update and offline-ready signals. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // If the lazy import is cut off (the network dropped during a first visit), nothing is registered this time:
  // try again once the browser is back online rather than leave an unhandled rejection.
  const start = () => void register().catch(() => addEventListener('online', start, { once: true }));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/**
 * Whether a waiting worker is a new version. One that waits with no active worker beside it is the first install
 * finishing (Firefox shows it as waiting for a moment when a second load comes during the install): it takes
 * control by itself, and announcing it would offer an update that can never come.
 */
async function isNewVersion(): Promise<boolean> {
  const registration = await navigator.serviceWorker.getRegistration();
  return Boolean(registration?.active && registration.waiting);
}

/**
 * Reloads exactly once, when the new worker has taken over. The page's controller change is the usual sign; the
 * worker's own state is a second, so a page that is not told of the change (or a worker replaced meanwhile, which
 * turns redundant) still reloads instead of leaving the person in front of a button that did nothing.
 */
function reloadOnceTakenOver(worker: ServiceWorker): void {
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated' || worker.state === 'redundant') reload();
  });
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(trustedServiceWorkerUrl() as string);
  const wasControlled = Boolean(navigator.serviceWorker.controller);

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate && !wasControlled) offlineReady.value = true;
  });
  wb.addEventListener('waiting', () => {
    void isNewVersion().then((isNew) => {
      if (isNew) updateReady.value = true;
    });
  });

  acceptUpdate = async () => {
    // Save every open draft and session first; then reload exactly once, when the new worker takes control.
    await flushAll();
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
    if (!waiting) {
      // Nothing waits any more: the new version has already taken control (another tab accepted it, or it was
      // the first install). The controller change has happened, so waiting for it would wait for ever: reload.
      location.reload();
      return;
    }
    reloadOnceTakenOver(waiting);
    wb.messageSkipWaiting();
  };

  const registration = await wb.register();
  if (!registration) return;
  // Updates are only noticed on navigation; a long-open app checks now and then, and when it comes back to view.
  setInterval(() => void registration.update().catch(() => {}), UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {});
  });
}

/** Accepts the waiting update: saves drafts, activates the new version, reloads once. */
export async function applyUpdate(): Promise<void> {
  if (acceptUpdate) await acceptUpdate();
}
