import { signal } from '@preact/signals';

/** True when a new version has been downloaded and is waiting for the person to accept it. */
export const updateReady = signal(false);
/** True once the service worker has cached the app on a first visit (so it works offline). */
export const offlineReady = signal(false);

/** Something that must be written to storage before the page may reload (an open draft, a session). */
export type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

/** Registers work to save before any reload; returns an unregister function. */
export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves every open draft or session; called before accepting an update or stepping aside for another tab. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
