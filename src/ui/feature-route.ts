import type { ComponentType } from 'preact';

/** A screen whose code loads on first use (ui/lazy-screen) and can be asked to load sooner. */
export type LazyScreen = ComponentType<Record<string, unknown>> & { preload: () => Promise<unknown> };

/** A route a feature offers: its path and the (lazy) component that renders it. */
export interface FeatureRoute {
  path: string;
  component: LazyScreen;
}

/** A place in the main navigation. */
export interface NavItem {
  href: string;
  label: string;
}
