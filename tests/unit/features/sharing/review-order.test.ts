import { describe, expect, it } from 'vitest';
import type { ShareItem } from '../../../../src/domain/share-item';
import type { InboxItem } from '../../../../src/domain/share-records';
import { orderForReview } from '../../../../src/features/sharing/review-flow';
import { makeFlaggedScaleItem, makeJournalItem, makeSessionItem } from '../../../fixtures/sharing/builders';

function makeInboxItem(item: ShareItem): InboxItem {
  return {
    id: `p:${item.id}`,
    contactId: 'p',
    bundleId: 'b',
    receivedAt: '2026-11-13T00:00:00.000Z',
    expiresAt: null,
    item,
  };
}

describe('the coach review order', () => {
  it('puts what needs attention first, then the newest', () => {
    const ordered = orderForReview([
      makeInboxItem(makeSessionItem({ id: 'old', createdAt: '2026-11-01T00:00:00.000Z' })),
      makeInboxItem(makeJournalItem('newest')),
      makeInboxItem(makeFlaggedScaleItem('flagged')),
    ]);
    expect(ordered.map((i) => i.item.id)).toEqual(['flagged', 'newest', 'old']);
  });
});
