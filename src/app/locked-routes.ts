// Critical path: App imports this.
import type { FeatureRoute } from '../ui/feature-route';
import { ROUTES } from './routes';

/** Paths that read nothing sealed and stay open while the app is locked: crisis help must never wait for a passphrase. */
const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['/emergency', '/sitter']);

/** The routes a locked app still shows; every other path shows the lock screen. */
export const LOCKED_ROUTES: readonly FeatureRoute[] = ROUTES.filter((route) => OPEN_WHILE_LOCKED.has(route.path));

/** Paths open before the first run is done: restoring a backup onto a new device (or after the browser cleared it). */
const OPEN_AT_FIRST_RUN: ReadonlySet<string> = new Set(['/settings/backup', '/emergency']);

/** The routes the welcome shows beside itself; every other path shows the welcome. */
export const FIRST_RUN_ROUTES: readonly FeatureRoute[] = ROUTES.filter((route) => OPEN_AT_FIRST_RUN.has(route.path));
