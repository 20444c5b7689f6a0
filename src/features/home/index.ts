import type { FeatureRoute } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

const HomeScreen = lazyScreen(() => import('./HomeScreen').then((m) => m.HomeScreen));

/** The home screen's route. */
export const routes: FeatureRoute[] = [{ path: '/', component: HomeScreen }];

/** Starts fetching the home screen's code before the app has rendered (main.tsx, on the home frame only). */
export function preloadHomeScreen(): void {
  void HomeScreen.preload();
}
