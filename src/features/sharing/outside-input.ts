// Where sealed bundles arrive from outside: the link fragment, what the share target left (a file, or text holding a
// link), or a file the installed app was asked to open (file handler, via launchQueue).
import { SHARE_TARGET_CACHE, SHARED_FILE_KEY, SHARED_TEXT_KEY } from '../../lib/share-target';

interface LaunchParams {
  files: readonly FileSystemFileHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Takes the sealed fragment from the current URL, then removes it so it does not linger in history. */
export function takeFragment(): string | undefined {
  const fragment = location.hash.length > 1 ? location.hash.slice(1) : undefined;
  if (location.hash || location.search) history.replaceState(history.state, '', location.pathname);
  return fragment;
}

/** What the share target received: a file, or the fragment of a share link found in shared text. */
export type SharedIn = { kind: 'file'; file: Blob } | { kind: 'fragment'; fragment: string } | { kind: 'none' };

/** The fragment of the first Stillpoint open link in a text, if there is one. */
export function fragmentInText(text: string): string | undefined {
  const match = /\/coach\/open#([A-Za-z0-9_-]+)/.exec(text);
  return match?.[1];
}

/** Takes (once) what the service worker kept from a share-target POST; later calls find nothing. */
export async function takeSharedIn(): Promise<SharedIn> {
  if (!('caches' in globalThis) || !(await caches.has(SHARE_TARGET_CACHE))) return { kind: 'none' };
  const cache = await caches.open(SHARE_TARGET_CACHE);
  const [file, text] = await Promise.all([cache.match(SHARED_FILE_KEY), cache.match(SHARED_TEXT_KEY)]);
  // Gone before it is used: what was shared in is opened once and never left lying in a cache.
  await caches.delete(SHARE_TARGET_CACHE);
  if (file) return { kind: 'file', file: await file.blob() };
  const fragment = text ? fragmentInText(await text.text()) : undefined;
  return fragment ? { kind: 'fragment', fragment } : { kind: 'none' };
}

/** Calls back with the first file the installed app was launched to open (where the browser supports it). */
export function onLaunchFile(receive: (file: File) => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const handle = params.files[0];
    if (handle) void handle.getFile().then(receive, () => undefined);
  });
}
