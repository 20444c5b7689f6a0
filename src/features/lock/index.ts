import { lazy } from 'preact-iso';

/** The lock screen: shown instead of every screen (but the emergency card) while the app is locked. Loads lazily. */
export const LockScreen = lazy(() => import('./LockScreen').then((m) => m.LockScreen));
