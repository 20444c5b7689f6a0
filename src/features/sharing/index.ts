import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/coach', label: 'Coach' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/coach', component: lazy(() => import('./CoachScreen').then((m) => m.CoachScreen)) },
  { path: '/coach/invite', component: lazy(() => import('./InviteScreen').then((m) => m.InviteScreen)) },
  { path: '/coach/share', component: lazy(() => import('./ShareScreen').then((m) => m.ShareScreen)) },
  { path: '/coach/open', component: lazy(() => import('./OpenScreen').then((m) => m.OpenScreen)) },
  { path: '/coach/patient/:id', component: lazy(() => import('./PatientScreen').then((m) => m.PatientScreen)) },
];
