import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/settings', label: 'Settings' };

/** The routes of this area; each screen loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/settings', component: lazyScreen(() => import('./SettingsScreen').then((m) => m.SettingsScreen)) },
  { path: '/settings/backup', component: lazyScreen(() => import('./BackupScreen').then((m) => m.BackupScreen)) },
  { path: '/settings/lock', component: lazyScreen(() => import('./AppLockScreen').then((m) => m.AppLockScreen)) },
  { path: '/settings/pack', component: lazyScreen(() => import('./PackScreen').then((m) => m.PackScreen)) },
];
