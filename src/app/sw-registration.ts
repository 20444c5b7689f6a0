// The only place that touches the service-worker registration. workbox-window is loaded lazily, after first paint.
import { trustedServiceWorkerUrl } from '../platform/trusted-types';
import { flushAll, offlineReady, updateReady } from '../state/app-update';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let acceptUpdate: (() => Promise<void>) | undefined;

/** Registers the service worker (production builds only) and wires the update and offline-ready signals. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void register();
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(trustedServiceWorkerUrl() as string);
  const wasControlled = Boolean(navigator.serviceWorker.controller);

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate && !wasControlled) offlineReady.value = true;
  });
  wb.addEventListener('waiting', () => {
    updateReady.value = true;
  });

  acceptUpdate = async () => {
    // Save every open draft and session first; then reload exactly once, when the new worker takes control.
    await flushAll();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
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
