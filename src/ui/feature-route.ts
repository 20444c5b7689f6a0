import type { ComponentType } from 'preact';

/** A route a feature offers: its path and the (lazy) component that renders it. */
export interface FeatureRoute {
  path: string;
  component: ComponentType<Record<string, unknown>>;
}

/** A place in the main navigation. */
export interface NavItem {
  href: string;
  label: string;
}
