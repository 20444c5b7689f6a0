import { describe, expect, it } from 'vitest';
import type { ShareItem } from '../../../src/domain/share-item';
import type { InboxItem } from '../../../src/domain/share-records';
import { additionsOf, planItems } from '../../../src/domain/share-versions';
import { makeJournalItem, makeSessionItem } from '../../fixtures/sharing/builders';

const from = (bundleId: string) => ({
  contactId: 'sam',
  bundleId,
  receivedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: null,
});

function stored(bundleId: string, items: ShareItem[] = [makeJournalItem()]): InboxItem[] {
  return additionsOf(planItems([], items, from(bundleId)));
}

describe('planning a share against what the coach holds', () => {
  it('adds a first item as version 1 under the contact and item id', () => {
    expect(stored('b1').map((i) => [i.id, i.version])).toEqual([['sam:entry-1', 1]]);
  });

  it('keeps a changed item beside the original as the next version, pointing at it', () => {
    const first = stored('b1');
    const plans = planItems(first, [makeJournalItem('entry-1', { text: 'Different now.' })], from('b2'));
    expect(plans.map((p) => p.kind)).toEqual(['changed']);
    const [added] = additionsOf(plans);
    expect([added?.id, added?.version, added?.changedFrom]).toEqual(['sam:entry-1:v2', 2, 'sam:entry-1']);
  });

  it('adds nothing for an item held already, even when it matches an older version', () => {
    const first = stored('b1');
    const second = additionsOf(planItems(first, [makeJournalItem('entry-1', { text: 'Different now.' })], from('b2')));
    const plans = planItems([...first, ...second], [makeJournalItem()], from('b3'));
    expect(plans.map((p) => p.kind)).toEqual(['unchanged']);
    expect(additionsOf(plans)).toEqual([]);
  });

  it('numbers a third change after the newest version, and plans other items on their own', () => {
    const held = [
      ...stored('b1', [makeJournalItem(), makeSessionItem()]),
      ...additionsOf(planItems(stored('b1'), [makeJournalItem('entry-1', { text: 'Two' })], from('b2'))),
    ];
    const plans = planItems(held, [makeJournalItem('entry-1', { text: 'Three' }), makeSessionItem()], from('b3'));
    expect(plans.map((p) => p.kind)).toEqual(['changed', 'unchanged']);
    expect(additionsOf(plans).map((i) => i.id)).toEqual(['sam:entry-1:v3']);
  });
});
