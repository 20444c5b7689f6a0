import { lazy } from 'preact-iso';
import type { FeatureRoute } from '../../ui/feature-route';

/** The routes of this area; each screen loads only when visited. Fixed paths come before /scales/:scaleId. */
export const routes: FeatureRoute[] = [
  { path: '/scales', component: lazy(() => import('./ScalesScreen').then((m) => m.ScalesScreen)) },
  { path: '/scales/summary', component: lazy(() => import('./SummaryScreen').then((m) => m.SummaryScreen)) },
  { path: '/scales/result/:id', component: lazy(() => import('./ResultScreen').then((m) => m.ResultScreen)) },
  { path: '/scales/:scaleId', component: lazy(() => import('./TakeScaleScreen').then((m) => m.TakeScaleScreen)) },
];
