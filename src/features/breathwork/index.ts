import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/breathe', label: 'Breathe' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/breathe', component: lazy(() => import('./BreatheScreen').then((m) => m.BreatheScreen)) },
];
