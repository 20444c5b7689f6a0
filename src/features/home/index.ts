import type { FeatureRoute } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

const HomeScreen = lazyScreen(() => import('./HomeScreen').then((m) => m.HomeScreen));

/** The home screen's route. */
export const routes: FeatureRoute[] = [{ path: '/', component: HomeScreen }];

/**
 * Fetches the home screen's code and reads its summary before the app has rendered (main.tsx, on the home frame
 * only); resolves when both are done, whether or not they worked (the screen then loads or reads them itself).
 */
export function preloadHomeScreen(): Promise<void> {
  const code = HomeScreen.preload();
  const summary = import('./early-summary').then((m) => m.readEarlySummary());
  return Promise.all([code, summary]).then(
    () => undefined,
    () => undefined,
  );
}
