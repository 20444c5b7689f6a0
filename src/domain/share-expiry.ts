// What an expired share leaves behind on the coach's device, and how it is forgotten: a comment's label and a reply's
// history line repeat words of the item (a journal title, a scale's name), so they go when the item goes.
import { itemLabel } from './share-item';
import type { Comment, InboxItem, ShareRecord } from './share-records';

/** The history label of a comment on an item that is no longer held. */
export const EXPIRED_COMMENT_LABEL = 'Comment on an item that has expired';

/** What the coach's device holds that may repeat an item's words. */
export interface HeldCopies {
  /** Ids of the contacts who are patients (comments and replies to them are the coach's own). */
  patientIds: ReadonlySet<string>;
  inbox: InboxItem[];
  comments: Comment[];
  shares: ShareRecord[];
}

/**
 * The comments and history lines to rewrite so no label of an item that is gone remains. Decided from what is held
 * now, not from what just expired, so running it again (or after a sweep that was interrupted) is harmless.
 */
export function labelsToForget(held: HeldCopies): { comments: Comment[]; shares: ShareRecord[] } {
  const heldItems = new Set(held.inbox.map((i) => `${i.contactId}\u0000${i.item.id}`));
  const heldLabels = new Map<string, Set<string>>();
  for (const i of held.inbox) {
    const labels = heldLabels.get(i.contactId) ?? new Set<string>();
    labels.add(`Comment on ${itemLabel(i.item)}`);
    heldLabels.set(i.contactId, labels);
  }
  const comments = held.comments
    .filter((c) => held.patientIds.has(c.contactId) && c.itemLabel !== '')
    .filter((c) => !heldItems.has(`${c.contactId}\u0000${c.itemId}`))
    .map((c) => ({ ...c, itemLabel: '' }));
  const shares = held.shares.flatMap((record) => {
    if (record.direction !== 'reply' || record.contactId === null || !held.patientIds.has(record.contactId)) return [];
    const labels = heldLabels.get(record.contactId) ?? new Set<string>();
    const itemLabels = record.itemLabels.map((l) =>
      labels.has(l) || l === EXPIRED_COMMENT_LABEL ? l : EXPIRED_COMMENT_LABEL,
    );
    return itemLabels.some((l, i) => l !== record.itemLabels[i]) ? [{ ...record, itemLabels }] : [];
  });
  return { comments, shares };
}
