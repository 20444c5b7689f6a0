/// <reference lib="webworker" />
// The share target (manifest share_target, method POST): the service worker reads the shared file or text, leaves it
// in a cache for the page, and answers with a 303 to the opening screen. The request never goes to the network.
import {
  SHARE_TARGET_CACHE,
  SHARE_TARGET_FILE_FIELD,
  SHARE_TARGET_PATH,
  SHARED_FILE_KEY,
  SHARED_TEXT_KEY,
} from '../lib/share-target';

/** The longest shared text kept (a share link is at most a few MB; anything longer is not one). */
const MAX_TEXT_CHARS = 8 * 1024 * 1024;

async function keep(request: Request): Promise<void> {
  const form = await request.formData();
  const cache = await caches.open(SHARE_TARGET_CACHE);
  // Only the latest share counts: what an earlier one left is replaced, never mixed in.
  await Promise.all([cache.delete(SHARED_FILE_KEY), cache.delete(SHARED_TEXT_KEY)]);
  const file = form.get(SHARE_TARGET_FILE_FIELD);
  if (file instanceof File) {
    await cache.put(SHARED_FILE_KEY, new Response(file, { headers: { 'Content-Type': 'application/octet-stream' } }));
    return;
  }
  const text = ['url', 'text', 'title']
    .map((field) => form.get(field))
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');
  if (text && text.length <= MAX_TEXT_CHARS) await cache.put(SHARED_TEXT_KEY, new Response(text));
}

/** Keeps what was shared for the page and redirects there (303, so the page is fetched with GET). */
export async function receiveShare(request: Request): Promise<Response> {
  try {
    await keep(request);
  } catch {
    // A body that is not a form: the page opens and finds nothing, which it says plainly.
  }
  return Response.redirect(new URL(SHARE_TARGET_PATH, request.url).href, 303);
}

/** Whether a request is the share target's POST (same origin, the opening path). */
export function isSharePost(request: Request, origin: string): boolean {
  const url = new URL(request.url);
  return request.method === 'POST' && url.origin === origin && url.pathname === SHARE_TARGET_PATH;
}
