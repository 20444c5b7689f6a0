// The auto-lock and the cover while hidden, loaded only once a lock exists: an app without one never downloads them.
import { startAutoLock } from './auto-lock';
import { watchPrivacyCover } from './privacy-cover';

/** Starts the auto-lock and the privacy cover; returns a function that stops both. */
export function startLockWatchers(): () => void {
  const stops = [startAutoLock(), watchPrivacyCover()];
  return () => {
    for (const stop of stops) stop();
  };
}
