import { describe, expect, it } from 'vitest';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';
import { DB_VERSION, STORES } from '../../../src/storage/schema';
import { createDbAtVersion, loadDbFixtures, readStores } from '../../fixtures/migration-harness';

async function emptyDb(): Promise<void> {
  await closeDb();
  await deleteDb();
}

describe('database migrations in a real browser', () => {
  const fixtures = loadDbFixtures();

  it('loads a saved database for every released version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const fixture of fixtures) {
    it(`upgrades a version ${fixture.version} database to version ${DB_VERSION} with identical content`, async () => {
      await emptyDb();
      await createDbAtVersion(fixture);
      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
      await closeDb();
      const after = await readStores(Object.keys(fixture.stores));
      for (const [name, records] of Object.entries(fixture.stores)) {
        expect(after[name], name).toHaveLength(records.length);
        expect(after[name], name).toEqual(expect.arrayContaining(records));
      }
      await emptyDb();
    });
  }
});
