// Property-based fuzzing of the restore path: garbage, truncation, bit flips, wrong types, forged versions.
// Cheap cases (read and check) run in bulk; a few hundred go all the way to the database.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { applyRestore } from '../../../src/storage/backup';
import { encodeBackup, parseBackup } from '../../../src/storage/backup-format';
import { getDb } from '../../../src/storage/db';
import { isValidRecord } from '../../../src/storage/record-schemas';
import { DB_VERSION, type StoreName } from '../../../src/storage/schema';
import { makeBackupStores } from '../../fixtures/backup-builders';
import { openTestDb } from '../../fixtures/test-db';

let valid: Uint8Array;
let validJson: Record<string, unknown>;

beforeAll(async () => {
  valid = await encodeBackup(makeBackupStores(), new Date('2026-11-10T12:00:00.000Z'));
  validJson = JSON.parse(new TextDecoder().decode(valid));
});

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Reads the bytes and checks the promise every reader keeps: no throw, and nothing invalid let through. */
function readsSafely(bytes: Uint8Array): boolean {
  const result = parseBackup(bytes);
  if (!result.ok) return typeof result.reason === 'string' && result.reason.length > 0;
  for (const [store, records] of Object.entries(result.backup.stores)) {
    for (const record of records ?? []) if (!isValidRecord(store as StoreName, record)) return false;
  }
  return result.backup.schemaVersion <= DB_VERSION;
}

/** Ways to damage a valid backup. */
const damaged = () =>
  fc.oneof(
    fc.nat().map((n) => valid.slice(0, n % valid.length)),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = valid.slice();
      for (const [at, bit] of flips) copy[at % copy.length]! ^= 1 << bit;
      return copy;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
      const copy = valid.slice();
      copy.set(junk.subarray(0, Math.max(0, copy.length - (at % copy.length))), at % copy.length);
      return copy;
    }),
  );

/** Envelopes with forged or wrongly typed fields. */
const forged = () =>
  fc
    .record({
      field: fc.constantFrom('format', 'formatVersion', 'schemaVersion', 'exportedAt', 'stores'),
      value: fc.oneof(fc.jsonValue(), fc.integer(), fc.constantFrom(0, 2, -1, 1.5, DB_VERSION + 1, '1', null)),
    })
    .map(({ field, value }) => json({ ...validJson, [field]: value }));

/** Stores whose records have been swapped for arbitrary JSON. */
const wrongRecords = () =>
  fc
    .record({
      store: fc.constantFrom('settings', 'drafts', 'sessions', 'entries', 'voiceNotes', 'packs', 'keys', '__proto__'),
      records: fc.array(fc.jsonValue(), { maxLength: 4 }),
    })
    .map(({ store, records }) => json({ ...validJson, stores: { [store]: records } }));

describe('fuzzing backup restore', () => {
  it('reads 20,000 garbage, damaged and forged files without throwing or letting anything invalid in', () => {
    const cases = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      damaged(),
      forged(),
      wrongRecords(),
      fc.jsonValue().map(json),
    );
    fc.assert(fc.property(cases, readsSafely), { numRuns: 20_000 });
  }, 120_000);

  it('writes nothing when a file is refused, across a few hundred full restore attempts', async () => {
    await openTestDb();
    const db = await getDb();
    const countAll = async () => {
      let total = 0;
      for (const name of db.objectStoreNames) total += await db.count(name);
      return total;
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(), forged(), wrongRecords()), async (bytes) => {
        const before = await countAll();
        const result = parseBackup(bytes);
        if (result.ok) {
          await applyRestore(result.backup, 'use-backup');
          return true;
        }
        return (await countAll()) === before;
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
