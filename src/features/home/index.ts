import { lazy } from 'preact-iso';
import type { FeatureRoute } from '../../ui/feature-route';

/** The home screen's route. */
export const routes: FeatureRoute[] = [
  { path: '/', component: lazy(() => import('./HomeScreen').then((m) => m.HomeScreen)) },
];
