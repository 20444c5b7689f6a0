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

/** The records the settings store holds, by key; other keys only need the { key, value } shape. */
const SETTINGS_BY_KEY: Record<string, z.ZodMiniType> = {
  // WARNING: these keys are stored on devices (settings-store.ts, care-plan-store.ts); never rename them.
  app: z.object({ key: z.literal('app'), value: SettingsSchema }),
  'care-plan': z.object({ key: z.literal('care-plan'), value: CarePlanSchema }),
};

const SettingsRecordSchema = z
  .object({ key: z.string().check(z.minLength(1)), value: z.unknown() })
  .check(z.refine((record) => SETTINGS_BY_KEY[record.key]?.safeParse(record).success ?? true));

/**
 * The full schema of each store that has one on this branch. Stores not listed here are checked with
 * `minimalRecordSchema` until their area registers a schema (the integrator adds them after merging).
 */
export const RECORD_SCHEMAS: Partial<Record<StoreName, z.ZodMiniType>> = {
  [STORES.settings]: SettingsRecordSchema,
  [STORES.drafts]: DraftSchema,
  [STORES.sessions]: SessionRecordSchema,
};

/** A valid IndexedDB key as our stores use them: a non-empty string or a finite number. */
const KeySchema = z.union([z.string().check(z.minLength(1)), z.number().check(z.refine(Number.isFinite))]);

/** The least a record must be: an object carrying its store's key field. */
export function minimalRecordSchema(store: StoreName): z.ZodMiniType {
  return z.looseObject({ [KEY_FIELDS[store]]: KeySchema });
}

const built = new Map<StoreName, z.ZodMiniType>();

/** The schema a record of this store must pass (its registered one, plus the key field, or the minimum). */
export function schemaFor(store: StoreName): z.ZodMiniType {
  let schema = built.get(store);
  if (!schema) {
    const registered = RECORD_SCHEMAS[store];
    const minimal = minimalRecordSchema(store);
    schema = registered ? z.intersection(minimal, registered) : minimal;
    built.set(store, schema);
  }
  return schema;
}

/** Checks one record against its store's schema. */
export function isValidRecord(store: StoreName, record: unknown): boolean {
  return schemaFor(store).safeParse(record).success;
}
