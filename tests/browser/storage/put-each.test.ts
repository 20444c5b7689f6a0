// Many puts in one transaction without a promise each (storage/db.ts putEach): all land, or none do.
import { beforeEach, describe, expect, it } from 'vitest';
import { putEach } from '../../../src/storage/db';
import { listAllEntries, saveEntry } from '../../../src/storage/entries-store';
import { withWrite } from '../../../src/storage/record-writes';
import { STORES } from '../../../src/storage/schema';
import { makeEntries, makeEntry } from '../../fixtures/journal-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('putting many records at once', () => {
  beforeEach(openTestDb);

  it('writes every record once the transaction commits', async () => {
    const entries = makeEntries(40, 5);
    await withWrite([STORES.entries], async (tx) => putEach(tx, STORES.entries, entries));
    expect((await listAllEntries()).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('writes none of them when one put fails at once, and keeps what was stored', async () => {
    await saveEntry(makeEntry({ id: 'already-here' }));
    const values: unknown[] = [...makeEntries(10, 6), { title: 'no key' }, ...makeEntries(10, 7)];
    await expect(withWrite([STORES.entries], async (tx) => putEach(tx, STORES.entries, values))).rejects.toThrow();
    expect((await listAllEntries()).map((e) => e.id)).toEqual(['already-here']);
  });
});
