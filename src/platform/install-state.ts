// What the browser says about where Stillpoint runs: the device, and whether it was opened from the Home Screen.
// Only the raw signals; what they mean is decided in domain/install-advice.ts.
import type { InstallSignals } from '../domain/install-advice';

/** Reads the signals now (they do not change while the page is open). */
export function readInstallSignals(): InstallSignals {
  const nav = navigator as Navigator & { standalone?: unknown };
  return {
    platform: navigator.platform ?? '',
    userAgent: navigator.userAgent ?? '',
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    // Safari on iOS sets navigator.standalone; other engines answer the display-mode media query.
    standalone: nav.standalone === true,
    displayModeStandalone:
      typeof matchMedia === 'function' &&
      (matchMedia('(display-mode: standalone)').matches || matchMedia('(display-mode: fullscreen)').matches),
  };
}
