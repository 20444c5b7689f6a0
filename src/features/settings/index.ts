import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/settings', label: 'Settings' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/settings', component: lazy(() => import('./SettingsScreen').then((m) => m.SettingsScreen)) },
  { path: '/settings/backup', component: lazy(() => import('./BackupScreen').then((m) => m.BackupScreen)) },
  { path: '/settings/lock', component: lazy(() => import('./AppLockScreen').then((m) => m.AppLockScreen)) },
  { path: '/settings/pack', component: lazy(() => import('./PackScreen').then((m) => m.PackScreen)) },
];
