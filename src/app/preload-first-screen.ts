// Critical path: main.tsx runs this while the start bundle evaluates.
import { preloadHomeScreen } from '../features/home';

/**
 * On the home frame (`ff-home`: a returning person on /) fetches the home screen's code and reads its summary now,
 * while the app starts, and resolves when both are in or after `maxWaitMs`, whichever comes first (a database held
 * by another tab must not hold the app back). Elsewhere it resolves at once: on the welcome path a preload competed
 * with the entry bundle and made Lighthouse's LCP later (about 1570 ms against 1220 ms).
 */
export function firstScreenReady(maxWaitMs: number): Promise<void> {
  if (!document.documentElement.classList.contains('ff-home')) return Promise.resolve();
  return Promise.race([preloadHomeScreen(), new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}
