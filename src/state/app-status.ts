import { signal } from '@preact/signals';

/** Set when a newer version of Stillpoint in another tab has taken over the database. */
export const steppedAside = signal(false);
