// After erase everything, nothing in the page may create the database again (a timer, a late effect).
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { deleteDb, getDb } from '../../../src/storage/db';
import { DB_NAME } from '../../../src/storage/schema';

it('refuses to open the database again after an erase for good, and leaves none behind', async () => {
  await getDb();
  await deleteDb({ forGood: true });
  await expect(getDb()).rejects.toMatchObject({ kind: 'unavailable' });
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
});
