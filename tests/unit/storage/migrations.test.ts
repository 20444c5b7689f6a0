import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../../../src/storage/db';
import { DB_VERSION, MIGRATIONS, STORES } from '../../../src/storage/schema';
import { createDbAtVersion, loadDbFixtures, readStores } from '../../fixtures/migration-harness';
import { openTestDb } from '../../fixtures/test-db';

describe('database migrations', () => {
  const fixtures = loadDbFixtures();

  it('has a saved database for every released version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('creates every store on a fresh install', async () => {
    await openTestDb();
    const db = await getDb();
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    await closeDb();
  });

  for (const fixture of fixtures) {
    it(`upgrades a version ${fixture.version} database to version ${MIGRATIONS.length} with every record intact`, async () => {
      await openTestDb();
      await createDbAtVersion(fixture);
      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);
      await closeDb();
      const after = await readStores(Object.keys(fixture.stores));
      for (const [name, records] of Object.entries(fixture.stores)) {
        expect(after[name]).toHaveLength(records.length);
        expect(after[name]).toEqual(expect.arrayContaining(records));
      }
    });
  }
});
