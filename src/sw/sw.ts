/// <reference lib="webworker" />
// The service worker: precaches the app shell and every route, serves deep links offline, and waits to update
// until the page asks (the person accepted the update prompt).
import { cacheNames } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSharePost, receiveShare } from './share-target';
import { addStaticRoutes, storeWithoutVary } from './static-routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Before Workbox's routes: the share target's POST is answered here, never by the network.
self.addEventListener('fetch', (event) => {
  if (isSharePost(event.request, self.location.origin)) event.respondWith(receiveShare(event.request));
});

// Hashed assets are answered by the browser from the precache where it can, without this worker's JavaScript.
self.addEventListener('install', (event) => addStaticRoutes(event, cacheNames.precache));

cleanupOutdatedCaches();
addPlugins([storeWithoutVary]);
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
