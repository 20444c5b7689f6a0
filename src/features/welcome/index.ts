import { lazy } from 'preact-iso';

/** The first-run welcome: shown instead of the routes until the person has chosen a role. */
export const Welcome = lazy(() => import('./WelcomeScreen').then((m) => m.WelcomeScreen));
