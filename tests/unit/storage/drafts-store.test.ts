import { beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, listDrafts, loadDraft, saveDraft } from '../../../src/storage/drafts-store';
import { openTestDb } from '../../fixtures/test-db';

const makeDraft = (id: string, text: string) => ({
  id,
  text,
  fields: { title: 'A title' },
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('drafts store', () => {
  beforeEach(openTestDb);

  it('saves and reads back a draft exactly', async () => {
    await saveDraft(makeDraft('journal:new', 'I felt the room go quiet.'));
    expect(await loadDraft('journal:new')).toEqual(makeDraft('journal:new', 'I felt the room go quiet.'));
  });

  it('overwrites a draft with the latest text and lists every draft', async () => {
    await saveDraft(makeDraft('journal:new', 'first'));
    await saveDraft(makeDraft('journal:new', 'second'));
    await saveDraft(makeDraft('journal:e1', 'other'));
    expect((await listDrafts()).map((d) => d.text).sort()).toEqual(['other', 'second']);
  });

  it('discards a draft once its work is saved', async () => {
    await saveDraft(makeDraft('journal:new', 'done'));
    await discardDraft('journal:new');
    expect(await loadDraft('journal:new')).toBeUndefined();
  });
});
