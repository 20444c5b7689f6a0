import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/prepare', label: 'Prepare' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/prepare', component: lazyScreen(() => import('./PrepareScreen').then((m) => m.PrepareScreen)) },
];
