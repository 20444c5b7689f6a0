import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/session', label: 'Session' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/session', component: lazyScreen(() => import('./SessionScreen').then((m) => m.SessionScreen)) },
  {
    path: '/session/prescription',
    component: lazyScreen(() => import('./PrescriptionScreen').then((m) => m.PrescriptionScreen)),
  },
  { path: '/session/history', component: lazyScreen(() => import('./HistoryScreen').then((m) => m.HistoryScreen)) },
  {
    path: '/session/after',
    component: lazyScreen(() => import('./AfterSessionScreen').then((m) => m.AfterSessionScreen)),
  },
  {
    path: '/session/:id/after',
    component: lazyScreen(() => import('./AfterSessionScreen').then((m) => m.AfterSessionScreen)),
  },
];
