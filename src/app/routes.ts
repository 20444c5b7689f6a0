// Critical path: this list ships in the first bundle. Import only each feature's index.ts (tiny, lazy routes).
import * as breathwork from '../features/breathwork';
import * as home from '../features/home';
import * as journal from '../features/journal';
import * as learn from '../features/learn';
import * as prepare from '../features/prepare';
import * as safety from '../features/safety';
import * as scales from '../features/scales';
import * as session from '../features/session';
import * as settings from '../features/settings';
import * as sharing from '../features/sharing';
import type { FeatureRoute, NavItem } from '../ui/feature-route';

/** Every route in the app: the one list. */
export const ROUTES: readonly FeatureRoute[] = [
  ...home.routes,
  ...prepare.routes,
  ...safety.routes,
  ...session.routes,
  ...breathwork.routes,
  ...journal.routes,
  ...scales.routes,
  ...sharing.routes,
  ...learn.routes,
  ...settings.routes,
];

/** The main navigation, in the order a person meets the areas. */
export const NAV: readonly NavItem[] = [
  { href: '/', label: 'Home' },
  prepare.nav,
  safety.nav,
  session.nav,
  breathwork.nav,
  journal.nav,
  sharing.nav,
  settings.nav,
];
