import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/learn', label: 'Learn' };

/** The routes of this area; each screen (and the reading library) loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/learn', component: lazyScreen(() => import('./LearnScreen').then((m) => m.LearnScreen)) },
  {
    path: '/learn/rule/:ruleId',
    component: lazyScreen(() => import('./RuleReadingScreen').then((m) => m.RuleReadingScreen)),
  },
  { path: '/learn/:id', component: lazyScreen(() => import('./ReadingScreen').then((m) => m.ReadingScreen)) },
];
