import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/check-in', label: 'Check-in' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/check-in', component: lazy(() => import('./CheckInScreen').then((m) => m.CheckInScreen)) },
  { path: '/check-in/screening', component: lazy(() => import('./ScreeningScreen').then((m) => m.ScreeningScreen)) },
  {
    path: '/check-in/history',
    component: lazy(() => import('./CheckInHistoryScreen').then((m) => m.CheckInHistoryScreen)),
  },
  { path: '/emergency', component: lazy(() => import('./EmergencyScreen').then((m) => m.EmergencyScreen)) },
  { path: '/sitter', component: lazy(() => import('./SitterGuideScreen').then((m) => m.SitterGuideScreen)) },
  { path: '/care-plan', component: lazy(() => import('./CarePlanScreen').then((m) => m.CarePlanScreen)) },
];
