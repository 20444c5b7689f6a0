import { lazy } from 'preact-iso';
import type { FeatureRoute } from '../../ui/feature-route';

/** The routes of this area; each screen (and the reading library) loads only when visited. */
export const routes: FeatureRoute[] = [
  { path: '/learn', component: lazy(() => import('./LearnScreen').then((m) => m.LearnScreen)) },
  {
    path: '/learn/rule/:ruleId',
    component: lazy(() => import('./RuleReadingScreen').then((m) => m.RuleReadingScreen)),
  },
  { path: '/learn/:id', component: lazy(() => import('./ReadingScreen').then((m) => m.ReadingScreen)) },
];
