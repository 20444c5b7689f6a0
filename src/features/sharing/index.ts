import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/coach', label: 'Coach' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/coach', component: lazyScreen(() => import('./CoachScreen').then((m) => m.CoachScreen)) },
  { path: '/coach/invite', component: lazyScreen(() => import('./InviteScreen').then((m) => m.InviteScreen)) },
  { path: '/coach/share', component: lazyScreen(() => import('./ShareScreen').then((m) => m.ShareScreen)) },
  { path: '/coach/open', component: lazyScreen(() => import('./OpenScreen').then((m) => m.OpenScreen)) },
  { path: '/coach/patient/:id', component: lazyScreen(() => import('./PatientScreen').then((m) => m.PatientScreen)) },
];
