import type { FeatureRoute } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** The home screen's route. */
export const routes: FeatureRoute[] = [
  { path: '/', component: lazyScreen(() => import('./HomeScreen').then((m) => m.HomeScreen)) },
];
