import { describe, expect, it } from 'vitest';
import { attentionReason, ShareItemSchema } from '../../../src/domain/share-item';
import { makeFlaggedScaleItem, makeJournalItem, makeSessionItem } from '../../fixtures/sharing/builders';

describe('share items', () => {
  it('accepts every kind a bundle can carry', () => {
    const readiness = {
      kind: 'readiness',
      id: 'r1',
      decision: 'hold',
      reasons: ['Blood pressure above the limit'],
      createdAt: '2026-11-10T08:00:00.000Z',
      readings: [{ name: 'Blood pressure (systolic)', value: 165, unit: 'mmHg' }],
    };
    for (const item of [makeJournalItem(), makeFlaggedScaleItem(), makeSessionItem(), readiness]) {
      expect(ShareItemSchema.safeParse(item).success).toBe(true);
    }
  });

  it('refuses an unknown kind or an unknown field', () => {
    expect(ShareItemSchema.safeParse({ ...makeSessionItem(), kind: 'dose' }).success).toBe(false);
    expect(ShareItemSchema.safeParse({ ...makeSessionItem(), dose: '50 mg' }).success).toBe(false);
  });

  it('marks what needs attention: a flagged scale, a held check-in or session, severe side effects', () => {
    expect(attentionReason(makeFlaggedScaleItem())).toBe('Item 9 above zero');
    expect(attentionReason(makeSessionItem({ status: 'held' }))).toMatch(/held/);
    expect(attentionReason(makeSessionItem({ sideEffects: [{ name: 'Vomiting', severity: 'severe' }] }))).toMatch(
      /Severe/,
    );
    expect(attentionReason(makeSessionItem())).toBeUndefined();
    expect(attentionReason(makeJournalItem())).toBeUndefined();
  });
});
