/// <reference lib="webworker" />
// Where the browser may answer a request from the precache without starting this worker's JavaScript.
import type { WorkboxPlugin } from 'workbox-core/types.js';

/** One rule of the Service Worker Static Routing API: which requests it matches and where their answer comes from. */
export interface RouterRule {
  readonly condition: { readonly urlPattern: { readonly pathname: string }; readonly requestMethod: string };
  readonly source: { readonly cacheName: string };
}

/** An install event that may offer `addRoutes` (Chromium 123+; Firefox and WebKit have no such method yet). */
type InstallEventWithRoutes = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

/**
 * The static routes: hashed build assets come straight from the precache. A hashed file never changes under its
 * name, so the copy Workbox stored at install is always the right one; a miss goes to the network, as it would
 * through Workbox. Navigations stay with the worker: `index.html` is stored under a revisioned key only Workbox knows.
 */
export function staticRoutes(precacheName: string): RouterRule[] {
  return [
    { condition: { urlPattern: { pathname: '/assets/*' }, requestMethod: 'GET' }, source: { cacheName: precacheName } },
  ];
}

/**
 * Registers the static routes where the browser supports them. Why: a worker answers fetches one at a time through
 * its JavaScript, so a cold start waits on the worker for every script; the browser's router does not.
 */
export function addStaticRoutes(event: ExtendableEvent, precacheName: string): void {
  const install = event as InstallEventWithRoutes;
  if (typeof install.addRoutes !== 'function') return;
  // A rejected addRoutes would fail the install and keep the old version forever; without routes the worker
  // still answers every request itself, so the install goes on.
  install.waitUntil(install.addRoutes(staticRoutes(precacheName)).catch(() => undefined));
}

/**
 * A precache plugin that stores each response without its `Vary` header. Why: a host that sends `Vary: Origin`
 * (many do, and `vite preview` does) makes the browser's router miss every module script, whose request carries an
 * `Origin`; the precache is keyed by URL and revision alone, so `Vary` means nothing to it. A failed response is
 * refused, as Workbox's own check would, so a broken install stays visible.
 */
export const storeWithoutVary: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status >= 400) return null;
    if (!response.headers.has('Vary')) return response;
    const headers = new Headers(response.headers);
    headers.delete('Vary');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  },
};
