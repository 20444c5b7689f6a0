import { lazyScreen } from '../../ui/lazy-screen';

/** The first-run welcome: shown instead of the routes until the person has chosen a role. */
export const Welcome = lazyScreen(() => import('./WelcomeScreen').then((m) => m.WelcomeScreen));
