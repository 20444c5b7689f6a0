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

/**
 * The bar's own items: few enough that each keeps a 44 px target with its whole label on a 360 px phone. The areas
 * used most between sessions (breathing, the journal) and on the day (the session) are here; the rest are under More.
 */
export const NAV_BAR: readonly NavItem[] = [{ href: '/', label: 'Home' }, session.nav, breathwork.nav, journal.nav];

/** The areas under More, in the order a person meets them. */
export const NAV_MORE: readonly NavItem[] = [prepare.nav, safety.nav, scales.nav, sharing.nav, learn.nav, settings.nav];
