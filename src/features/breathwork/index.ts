import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/breathe', label: 'Breathe' };

/**
 * The routes of this area; each screen loads only when visited. URL contract: /breathe?pattern=<id>&minutes=<n> and
 * /breathe/<id> open that practice ready to start; a running practice lives at /breathe/practice/<practice id>.
 */
export const routes: FeatureRoute[] = [
  { path: '/breathe', component: lazyScreen(() => import('./BreatheScreen').then((m) => m.BreatheScreen)) },
  {
    path: '/breathe/practice/:practiceId',
    component: lazyScreen(() => import('./PracticeScreen').then((m) => m.PracticeScreen)),
  },
  {
    path: '/breathe/patterns/new',
    component: lazyScreen(() => import('./PatternEditor').then((m) => m.PatternEditor)),
  },
  {
    path: '/breathe/patterns/:patternId',
    component: lazyScreen(() => import('./PatternEditor').then((m) => m.PatternEditor)),
  },
  { path: '/breathe/:patternId', component: lazyScreen(() => import('./StartScreen').then((m) => m.StartScreen)) },
];
