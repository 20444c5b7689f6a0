// The typed index names in schema.ts (which the record store's indexed reads are checked against) are exactly the
// indexes the migrations build: a store or index added to one and not the other fails here.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../src/storage/db';
import { INDEXES, STORES } from '../../../src/storage/schema';
import { openTestDb } from '../../fixtures/test-db';

describe('index names', () => {
  beforeEach(openTestDb);

  it('match the indexes the migrations create, store by store', async () => {
    const db = await getDb();
    const tx = db.transaction(Object.values(STORES), 'readonly');
    const built: Record<string, string[]> = {};
    for (const store of Object.values(STORES)) {
      const names = [...tx.objectStore(store).indexNames].sort();
      if (names.length > 0) built[store] = names;
    }
    await tx.done;
    const typed = Object.fromEntries(Object.entries(INDEXES).map(([store, names]) => [store, [...names].sort()]));
    expect(built).toEqual(typed);
  });
});
