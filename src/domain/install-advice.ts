// Installed or not. In a Safari tab on iPhone and iPad, iOS deletes a site's storage after seven days without a
// visit; an app added to the Home Screen is exempt. So on iOS in a tab, Stillpoint says once how to add it, and
// treats its storage as not promised (the backup reminder speaks up).

/** The raw signals the platform adapter reads. */
export interface InstallSignals {
  platform: string;
  userAgent: string;
  maxTouchPoints: number;
  /** Safari's own navigator.standalone. */
  standalone: boolean;
  /** The display-mode media query says standalone (or fullscreen). */
  displayModeStandalone: boolean;
}

/** Where Stillpoint runs: on iOS or not, installed (opened from the Home Screen) or in a browser tab. */
export interface InstallState {
  ios: boolean;
  installed: boolean;
}

/**
 * iOS, iPadOS included: an iPad asks for desktop sites and says "MacIntel", but a Mac has no touch screen, so a
 * "Mac" with several touch points is an iPad.
 */
export function isIos(signals: Pick<InstallSignals, 'platform' | 'userAgent' | 'maxTouchPoints'>): boolean {
  if (/^(iPhone|iPad|iPod)/.test(signals.platform)) return true;
  if (signals.platform === 'MacIntel' && signals.maxTouchPoints > 1) return true;
  return !signals.platform && /\b(iPhone|iPad|iPod)\b/.test(signals.userAgent);
}

/** What the signals mean. */
export function installState(signals: InstallSignals): InstallState {
  return { ios: isIos(signals), installed: signals.standalone || signals.displayModeStandalone };
}

/** Whether storage can be deleted after a week away: iOS in a browser tab. */
export function storageExpiresInTab(state: InstallState): boolean {
  return state.ios && !state.installed;
}

/** Whether to show the "add to Home Screen" advice: on iOS in a tab, until the person has seen it once. */
export function showHomeScreenAdvice(state: InstallState, seenAt: string | undefined): boolean {
  return storageExpiresInTab(state) && !seenAt;
}

/** The advice, step by step, and why. */
export const HOME_SCREEN_ADVICE = {
  why: 'In a Safari tab, iOS deletes Stillpoint’s data when you have not opened it for seven days. Added to your Home Screen, Stillpoint keeps it.',
  steps: [
    'Tap the Share button (the square with an arrow) in Safari.',
    'Choose “Add to Home Screen”, then “Add”.',
    'Open Stillpoint from its new icon on your Home Screen from now on.',
  ],
} as const;
