import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/scales', label: 'Scales' };

/** The routes of this area; each screen loads only when visited. Fixed paths come before /scales/:scaleId. */
export const routes: FeatureRoute[] = [
  { path: '/scales', component: lazyScreen(() => import('./ScalesScreen').then((m) => m.ScalesScreen)) },
  { path: '/scales/summary', component: lazyScreen(() => import('./SummaryScreen').then((m) => m.SummaryScreen)) },
  { path: '/scales/result/:id', component: lazyScreen(() => import('./ResultScreen').then((m) => m.ResultScreen)) },
  { path: '/scales/:scaleId', component: lazyScreen(() => import('./TakeScaleScreen').then((m) => m.TakeScaleScreen)) },
];
