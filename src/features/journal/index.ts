import type { FeatureRoute, NavItem } from '../../ui/feature-route';
import { lazyScreen } from '../../ui/lazy-screen';

/** Where this area sits in the main navigation. */
export const nav: NavItem = { href: '/journal', label: 'Journal' };

const editor = lazyScreen(() => import('./EntryEditorScreen').then((m) => m.EntryEditorScreen));

/** The routes of this area; each screen loads only when visited. Fixed paths come before /journal/:id. */
export const routes: FeatureRoute[] = [
  { path: '/journal', component: lazyScreen(() => import('./JournalScreen').then((m) => m.JournalScreen)) },
  { path: '/journal/new', component: editor },
  { path: '/journal/plan', component: lazyScreen(() => import('./PlanScreen').then((m) => m.PlanScreen)) },
  { path: '/journal/:id/edit', component: editor },
  { path: '/journal/:id', component: lazyScreen(() => import('./EntryScreen').then((m) => m.EntryScreen)) },
];
