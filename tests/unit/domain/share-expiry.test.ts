import { describe, expect, it } from 'vitest';
import { EXPIRED_COMMENT_LABEL, labelsToForget } from '../../../src/domain/share-expiry';
import { itemLabel } from '../../../src/domain/share-item';
import type { Comment, InboxItem, ShareRecord } from '../../../src/domain/share-records';
import { makeJournalItem, makeSessionItem } from '../../fixtures/sharing/builders';

const held = (item = makeSessionItem()): InboxItem => ({
  id: `sam:${item.id}`,
  contactId: 'sam',
  bundleId: 'b1',
  receivedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: null,
  item,
});

function comment(itemId: string, itemLabel: string, contactId = 'sam'): Comment {
  return {
    id: `c-${itemId}`,
    itemId,
    itemLabel,
    contactId,
    authorName: 'Dr Rivera',
    text: 'Noted.',
    createdAt: '2026-12-01T10:00:00.000Z',
    sentAt: null,
  };
}

function reply(itemLabels: string[]): ShareRecord {
  return {
    id: 'r1',
    createdAt: '2026-12-01T11:00:00.000Z',
    expiresAt: null,
    contactId: 'sam',
    contactName: 'Sam',
    direction: 'reply',
    transport: 'link',
    itemLabels,
  };
}

describe('forgetting the labels of expired items', () => {
  const session = held();
  const sessionLabel = `Comment on ${itemLabel(session.item)}`;

  it('clears the label of a comment whose item is gone, and keeps one whose item is held', () => {
    const gone = comment('entry-1', 'After session 2');
    const kept = comment(session.item.id, 'Session');
    const result = labelsToForget({
      patientIds: new Set(['sam']),
      inbox: [session],
      comments: [gone, kept],
      shares: [],
    });
    expect(result.comments).toEqual([{ ...gone, itemLabel: '' }]);
  });

  it('rewrites reply history lines that name an item no longer held, keeping those that name a held one', () => {
    const result = labelsToForget({
      patientIds: new Set(['sam']),
      inbox: [session, held(makeJournalItem())],
      comments: [],
      shares: [reply([sessionLabel, 'Comment on Journal entry: A title that expired (2026-11-01)'])],
    });
    expect(result.shares.map((s) => s.itemLabels)).toEqual([[sessionLabel, EXPIRED_COMMENT_LABEL]]);
  });

  it('leaves the patient side alone: comments from a coach and shares the person made', () => {
    const fromCoach = comment('entry-1', 'After session 2', 'rivera');
    const own: ShareRecord = { ...reply(['After session 2']), direction: 'share', contactId: 'rivera' };
    const result = labelsToForget({ patientIds: new Set(), inbox: [], comments: [fromCoach], shares: [own] });
    expect(result).toEqual({ comments: [], shares: [] });
  });

  it('asks for nothing the second time (running it again is harmless)', () => {
    const first = labelsToForget({
      patientIds: new Set(['sam']),
      inbox: [],
      comments: [comment('entry-1', 'After session 2')],
      shares: [reply(['Comment on After session 2'])],
    });
    expect(labelsToForget({ patientIds: new Set(['sam']), inbox: [], ...first })).toEqual({ comments: [], shares: [] });
  });
});
