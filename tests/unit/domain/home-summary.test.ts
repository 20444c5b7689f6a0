import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../../../src/domain/draft';
import {
  checkHomeDraft,
  checkHomeEntry,
  checkHomeFollowUp,
  checkHomeScaleResult,
  checkHomeSession,
} from '../../../src/domain/home-summary';
import { JournalEntrySchema } from '../../../src/domain/journal-entry';
import { PlanFollowUpSchema } from '../../../src/domain/journal-plan';
import { ScaleResultSchema } from '../../../src/domain/scale-result';
import { SessionRecordSchema } from '../../../src/domain/session';
import { makeEntry, makeFollowUp, makeSession } from '../../fixtures/journal-builders';
import { loadDbFixtures } from '../../fixtures/migration-harness';
import { makeScaleResult } from '../../fixtures/scale-results';

const draft = { id: 'journal:new', text: 'The room went quiet.', fields: { title: 'Tuesday' }, updatedAt: 'x' };

/** Each check, with the record schema it stands in for on the home screen and a record that passes both. */
const CHECKS = [
  { store: 'sessions', check: checkHomeSession, schema: SessionRecordSchema, valid: makeSession({ dosedAt: 'd' }) },
  { store: 'drafts', check: checkHomeDraft, schema: DraftSchema, valid: draft },
  { store: 'plans', check: checkHomeFollowUp, schema: PlanFollowUpSchema, valid: makeFollowUp() },
  { store: 'entries', check: checkHomeEntry, schema: JournalEntrySchema, valid: makeEntry({ title: 'A title' }) },
  { store: 'scaleResults', check: checkHomeScaleResult, schema: ScaleResultSchema, valid: makeScaleResult() },
] as const;

/** Values that break one field the home screen reads, each rejected by the record's own schema too. */
const BROKEN: Record<(typeof CHECKS)[number]['store'], Record<string, unknown>[]> = {
  sessions: [{ id: '' }, { id: 7 }, { status: 'paused' }, { scheduledFor: 12 }, { dosedAt: null }],
  drafts: [{ id: '' }, { id: 'x'.repeat(201) }, { text: undefined }, { fields: { title: 3 } }, { updatedAt: 1 }],
  plans: [{ id: '' }, { kind: '2w' }, { text: '' }, { dueAt: 5 }, { doneAt: false }],
  entries: [{ id: '' }, { createdAt: '' }, { title: 4 }, { text: undefined }],
  scaleResults: [{ scaleId: 'bdi' }, { completedAt: undefined }],
};

describe('the home screen’s checks of stored records', () => {
  it('pass every record its schema passes, keeping only the fields the cards read', () => {
    for (const { check, schema, valid } of CHECKS) {
      expect(schema.safeParse(valid).success).toBe(true);
      const checked = check(valid) as Record<string, unknown>;
      expect(checked).toBeDefined();
      for (const [field, value] of Object.entries(checked)) {
        if (field === 'title' && 'fields' in valid) expect(value).toBe(valid.fields.title);
        else expect(value).toEqual((valid as Record<string, unknown>)[field]);
      }
      expect(check({ ...valid, extra: 'not read here' })).not.toHaveProperty('extra');
    }
  });

  it('refuse a record whose read fields its schema refuses', () => {
    for (const { store, check, schema, valid } of CHECKS) {
      for (const change of BROKEN[store]) {
        const broken = { ...valid, ...change };
        expect(schema.safeParse(broken).success, `${store} ${JSON.stringify(change)}`).toBe(false);
        expect(check(broken), `${store} ${JSON.stringify(change)}`).toBeUndefined();
      }
      for (const notARecord of [undefined, null, 'text', 3, [valid]]) expect(check(notARecord)).toBeUndefined();
    }
  });

  it('pass every record saved in the fixture databases', () => {
    for (const fixture of loadDbFixtures()) {
      for (const { store, check } of CHECKS) {
        for (const record of fixture.stores[store] ?? []) expect(check(record), store).toBeDefined();
      }
    }
  });
});
