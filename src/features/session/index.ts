import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/session', label: 'Session' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/session', component: lazy(() => import('./SessionScreen').then((m) => m.SessionScreen)) },
  {
    path: '/session/prescription',
    component: lazy(() => import('./PrescriptionScreen').then((m) => m.PrescriptionScreen)),
  },
  { path: '/session/history', component: lazy(() => import('./HistoryScreen').then((m) => m.HistoryScreen)) },
  { path: '/session/after', component: lazy(() => import('./AfterSessionScreen').then((m) => m.AfterSessionScreen)) },
  {
    path: '/session/:id/after',
    component: lazy(() => import('./AfterSessionScreen').then((m) => m.AfterSessionScreen)),
  },
];
