import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteCustomPattern,
  listCustomPatterns,
  loadCustomPattern,
  saveCustomPattern,
} from '../../../src/storage/breath-patterns-store';
import { getDb } from '../../../src/storage/db';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { makeCustomPattern } from '../../fixtures/breath-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('custom breath patterns store', () => {
  beforeEach(openTestDb);

  it('saves, reads back, changes and deletes a pattern', async () => {
    await saveCustomPattern(makeCustomPattern());
    expect(await loadCustomPattern('custom-evening')).toEqual(makeCustomPattern());
    await saveCustomPattern(makeCustomPattern({ name: 'Evening wind-down' }));
    expect((await listCustomPatterns()).map((p) => p.name)).toEqual(['Evening wind-down']);
    await deleteCustomPattern('custom-evening');
    expect(await listCustomPatterns()).toEqual([]);
  });

  it('lists patterns by name', async () => {
    await saveCustomPattern(makeCustomPattern({ id: 'b', name: 'Morning' }));
    await saveCustomPattern(makeCustomPattern({ id: 'a', name: 'Afternoon' }));
    expect((await listCustomPatterns()).map((p) => p.name)).toEqual(['Afternoon', 'Morning']);
  });

  it('skips and reports a stored record that is not a pattern, and lists the rest', async () => {
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    await saveCustomPattern(makeCustomPattern());
    const db = await getDb();
    await db.put('breathPatterns', { id: 'broken', name: 42 });
    expect((await listCustomPatterns()).map((p) => p.id)).toEqual(['custom-evening']);
    expect(reported).toEqual(['broken']);
    setBadRecordReporter(() => {});
  });

  it('refuses to write a pattern with a phase over 30 seconds', async () => {
    const bad = makeCustomPattern({ phases: [{ kind: 'inhale', seconds: 45 }] });
    await expect(saveCustomPattern(bad)).rejects.toThrow();
    expect(await listCustomPatterns()).toEqual([]);
  });
});
