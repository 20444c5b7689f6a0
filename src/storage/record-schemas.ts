// What a valid record of each store looks like, for everything that reads records from outside the database
// (restoring a backup). Areas register their store's schema here; a store without one gets the minimum check.
import { z } from 'zod/mini';
import { CarePlanSchema } from '../domain/care-plan';
import { DraftSchema } from '../domain/draft';
import { SessionRecordSchema } from '../domain/session';
import { SettingsSchema } from '../domain/settings';
import { STORES, type StoreName } from './schema';

/** The key field of each store (its keyPath in schema.ts; a unit test keeps the two in step). */
export const KEY_FIELDS: Record<StoreName, string> = Object.fromEntries(
  Object.values(STORES).map((name) => [name, name === 'settings' ? 'key' : name === 'packs' ? 'slot' : 'id']),
) as Record<StoreName, string>;

/**
 * The records the settings store holds, by key. Other settings keys (added by other areas) only need the
 * { key, value } shape until they are registered here.
 */
export const SETTINGS_RECORD_SCHEMAS: Record<string, z.ZodMiniType> = {
  // WARNING: these keys are stored on devices (settings-store.ts, care-plan-store.ts); never rename them.
  app: z.object({ key: z.literal('app'), value: SettingsSchema }),
  'care-plan': z.object({ key: z.literal('care-plan'), value: CarePlanSchema }),
};

/**
 * The full schema of each store that has one on this branch (settings are checked by key, above). Stores not
 * listed are held to the minimum (an object with its key) until their area registers a schema here.
 */
export const RECORD_SCHEMAS: Partial<Record<StoreName, z.ZodMiniType>> = {
  [STORES.drafts]: DraftSchema,
  [STORES.sessions]: SessionRecordSchema,
};

// Plain checks rather than zod combinators: zod code used anywhere ships in the first screen's bundle.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): boolean {
  return (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));
}

/** The least a record must be: an object carrying its store's key field (a non-empty string or a finite number). */
export function hasValidKey(store: StoreName, record: unknown): record is Record<string, unknown> {
  return isObject(record) && isKey(record[KEY_FIELDS[store]]);
}

/** Checks one record against its store's schema (or the minimum for stores without one). */
export function isValidRecord(store: StoreName, record: unknown): boolean {
  if (!hasValidKey(store, record)) return false;
  if (store === STORES.settings) {
    const schema = SETTINGS_RECORD_SCHEMAS[String(record.key)];
    return schema ? schema.safeParse(record).success : 'value' in record;
  }
  return RECORD_SCHEMAS[store]?.safeParse(record).success ?? true;
}
