// Critical path: App imports this. Which screens each shell mode can show.
import { LockScreen } from '../features/lock';
import { Welcome } from '../features/welcome';
import type { ShellView } from '../state/shell-mode';
import type { FeatureRoute } from '../ui/feature-route';
import { lazyScreen } from '../ui/lazy-screen';
import { FIRST_RUN_ROUTES, LOCKED_ROUTES } from './locked-routes';
import { ROUTES } from './routes';

/** A mistyped address is rare: its screen loads when it shows. */
const NotFound = lazyScreen(() => import('./NotFound').then((m) => m.NotFound));

/** The routes each mode opens (see SHELL_VIEWS in state/shell-mode). */
export const ROUTE_SETS: Record<Exclude<ShellView['routes'], 'banner'>, readonly FeatureRoute[]> = {
  all: ROUTES,
  'while-locked': LOCKED_ROUTES,
  'first-run': FIRST_RUN_ROUTES,
};

/** What every other path shows in each mode. */
export const FALLBACKS = { 'not-found': NotFound, lock: LockScreen, welcome: Welcome } as const;
