/// <reference lib="webworker" />
// The service worker: precaches the app shell and every route, serves deep links offline, and waits to update
// until the page asks (the person accepted the update prompt).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSharePost, receiveShare } from './share-target';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Before Workbox's routes: the share target's POST is answered here, never by the network.
self.addEventListener('fetch', (event) => {
  if (isSharePost(event.request, self.location.origin)) event.respondWith(receiveShare(event.request));
});

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
