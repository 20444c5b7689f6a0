import { lazy } from 'preact-iso';
import type { FeatureRoute, NavItem } from '../../ui/feature-route';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/journal', label: 'Journal' };

const editor = lazy(() => import('./EntryEditorScreen').then((m) => m.EntryEditorScreen));

/** The routes of this area; each screen loads only when visited. Fixed paths come before /journal/:id. */
export const routes: FeatureRoute[] = [
  { path: '/journal', component: lazy(() => import('./JournalScreen').then((m) => m.JournalScreen)) },
  { path: '/journal/new', component: editor },
  { path: '/journal/plan', component: lazy(() => import('./PlanScreen').then((m) => m.PlanScreen)) },
  { path: '/journal/:id/edit', component: editor },
  { path: '/journal/:id', component: lazy(() => import('./EntryScreen').then((m) => m.EntryScreen)) },
];
