import { lazy } from 'preact-iso';
import type { FeatureRoute } from '../../ui/feature-route';

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/learn', component: lazy(() => import('./LearnScreen').then((m) => m.LearnScreen)) },
];
