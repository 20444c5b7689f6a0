// What a valid record of each store looks like, for everything that reads records from outside the database
// (restoring a backup). Areas register their store's schema here; a store without one gets the minimum check.
import { z } from 'zod/mini';
import { BreathPatternSchema } from '../domain/breath-pattern';
import { PracticeRecordSchema } from '../domain/breath-practice';
import { CarePlanSchema } from '../domain/care-plan';
import { ChecklistProgressSchema } from '../domain/checklist';
import { DraftSchema } from '../domain/draft';
import { JournalEntrySchema } from '../domain/journal-entry';
import { PlanFollowUpSchema } from '../domain/journal-plan';
import { VoiceNoteSchema } from '../domain/journal-voice-note';
import { ReadinessRecordSchema } from '../domain/readiness-record';
import { ScaleResultSchema } from '../domain/scale-result';
import { ScreeningRecordSchema } from '../domain/screening';
import { SessionRecordSchema } from '../domain/session';
import { SettingsSchema } from '../domain/settings';
import {
  CommentSchema,
  ContactSchema,
  ImportRecordSchema,
  InboxItemSchema,
  ShareRecordSchema,
} from '../domain/share-records';
import { StoredPackSchema } from './packs-store';
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
 * The full schema of each store (settings are checked by key, above). The keys store is never in a backup
 * (CryptoKeys cannot be written out), so it has none here.
 */
export const RECORD_SCHEMAS: Partial<Record<StoreName, z.ZodMiniType>> = {
  [STORES.drafts]: DraftSchema,
  [STORES.sessions]: SessionRecordSchema,
  [STORES.packs]: StoredPackSchema,
  [STORES.screenings]: ScreeningRecordSchema,
  [STORES.checklists]: ChecklistProgressSchema,
  [STORES.readiness]: ReadinessRecordSchema,
  [STORES.breathPatterns]: BreathPatternSchema,
  [STORES.practices]: PracticeRecordSchema,
  [STORES.entries]: JournalEntrySchema,
  [STORES.voiceNotes]: VoiceNoteSchema,
  [STORES.scaleResults]: ScaleResultSchema,
  [STORES.plans]: PlanFollowUpSchema,
  [STORES.contacts]: ContactSchema,
  [STORES.shares]: ShareRecordSchema,
  [STORES.inbox]: InboxItemSchema,
  [STORES.comments]: CommentSchema,
  [STORES.imports]: ImportRecordSchema,
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
