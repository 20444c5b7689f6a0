import { lazyScreen } from '../../ui/lazy-screen';

/** The lock screen: shown instead of every screen (but the emergency card) while the app is locked. Loads lazily. */
export const LockScreen = lazyScreen(() => import('./LockScreen').then((m) => m.LockScreen));
