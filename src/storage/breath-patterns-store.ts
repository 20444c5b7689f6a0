import { type BreathPattern, BreathPatternSchema } from '../domain/breath-pattern';
import { getRecord, listAllRecords } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
import { STORES } from './schema';

/** The person's own patterns (keyPath 'id'), by name; records that fail the schema are skipped and reported. */
export async function listCustomPatterns(): Promise<BreathPattern[]> {
  const all = await listAllRecords(STORES.breathPatterns, BreathPatternSchema);
  return all.filter((pattern) => pattern.custom).sort((a, b) => a.name.localeCompare(b.name));
}

/** One custom pattern by id. */
export function loadCustomPattern(id: string): Promise<BreathPattern | undefined> {
  return getRecord(STORES.breathPatterns, BreathPatternSchema, id);
}

/** Saves a custom pattern durably (validate it with patternProblems first: this only checks its shape). */
export function saveCustomPattern(pattern: BreathPattern): Promise<void> {
  return putRecord(STORES.breathPatterns, BreathPatternSchema, { ...pattern, custom: true });
}

/** Deletes a custom pattern; practices already logged keep their own copy of its phases. */
export function deleteCustomPattern(id: string): Promise<void> {
  return deleteRecord(STORES.breathPatterns, id);
}
