import { describe, expect, it } from 'vitest';
import { getDb } from '../../../src/storage/db';
import { isValidRecord, KEY_FIELDS } from '../../../src/storage/record-schemas';
import { STORES } from '../../../src/storage/schema';
import { makeDraft, makeSession } from '../../fixtures/backup-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('the record schema registry', () => {
  it('knows each store’s key field exactly as the database defines it', async () => {
    await openTestDb();
    const db = await getDb();
    for (const name of Object.values(STORES)) {
      expect(db.transaction(name).store.keyPath, name).toBe(KEY_FIELDS[name]);
    }
  });

  it('checks registered stores with their full schema', () => {
    expect(isValidRecord('drafts', makeDraft())).toBe(true);
    expect(isValidRecord('drafts', { ...makeDraft(), fields: 'oops' })).toBe(false);
    expect(isValidRecord('sessions', makeSession())).toBe(true);
    expect(isValidRecord('sessions', makeSession({ status: 'lost' as 'planned' }))).toBe(false);
  });

  it('checks the settings records it knows by key, and lets other settings keys keep the { key, value } shape', () => {
    expect(isValidRecord('settings', { key: 'care-plan', value: { medicines: [] } })).toBe(false);
    expect(isValidRecord('settings', { key: 'lock', value: { anything: true } })).toBe(true);
    expect(isValidRecord('settings', { value: 1 })).toBe(false);
  });

  it('holds every store to its full schema, and to a key of the right type first', () => {
    const entry = {
      id: 'e1',
      createdAt: '2026-11-03T07:55:00.000Z',
      updatedAt: '2026-11-03T07:55:00.000Z',
      text: 'x',
      tags: [],
    };
    expect(isValidRecord('entries', entry)).toBe(true);
    expect(isValidRecord('entries', { id: 'e1', text: 'anything' })).toBe(false);
    expect(isValidRecord('packs', { slot: 'active' })).toBe(false);
    for (const bad of [null, 'e1', [], { id: '' }, { id: {} }, { id: Number.NaN }, { slot: 'active' }]) {
      expect(isValidRecord('entries', bad)).toBe(false);
    }
  });
});
