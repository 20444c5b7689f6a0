// The default crisis resources now live in the default protocol pack (default-pack-crisis.ts); this module keeps the
// old import path working for screens that show the defaults without reading the active pack.

/** Default crisis resources (United States), as in the default protocol pack. */
export { DEFAULT_CRISIS_RESOURCES } from './default-pack-crisis';
