// Kept apart from settings.ts (which builds zod schemas) so the start-up path can know the defaults without zod.
import type { Settings } from './settings';

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  role: null,
  firstRunDone: false,
  theme: 'system',
  persistenceAskedAt: null,
};

/** Whether a value read from the start-up hint looks like settings (a cache, not the stored record: a light check). */
export function looksLikeSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.role === null || v.role === 'patient' || v.role === 'coach') &&
    typeof v.firstRunDone === 'boolean' &&
    (v.theme === 'system' || v.theme === 'light' || v.theme === 'dark' || v.theme === 'dim') &&
    (v.persistenceAskedAt === null || typeof v.persistenceAskedAt === 'string') &&
    (v.country === undefined || v.country === null || (typeof v.country === 'string' && /^[A-Z]{2}$/.test(v.country)))
  );
}
