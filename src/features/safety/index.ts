import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/check-in', label: 'Check-in' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/check-in', component: lazyScreen(() => import('./CheckInScreen').then((m) => m.CheckInScreen)) },
  {
    path: '/check-in/screening',
    component: lazyScreen(() => import('./ScreeningScreen').then((m) => m.ScreeningScreen)),
  },
  {
    path: '/check-in/history',
    component: lazyScreen(() => import('./CheckInHistoryScreen').then((m) => m.CheckInHistoryScreen)),
  },
  { path: '/emergency', component: lazyScreen(() => import('./EmergencyScreen').then((m) => m.EmergencyScreen)) },
  { path: '/sitter', component: lazyScreen(() => import('./SitterGuideScreen').then((m) => m.SitterGuideScreen)) },
  { path: '/care-plan', component: lazyScreen(() => import('./CarePlanScreen').then((m) => m.CarePlanScreen)) },
];
