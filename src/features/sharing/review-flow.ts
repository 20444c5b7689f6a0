// The coach's review of one patient: their items (what needs attention first, then newest), comments, and the reply.
import { attentionReason, itemDate, itemLabel } from '../../domain/share-item';
import type { Comment, Contact, InboxItem } from '../../domain/share-records';
import { listComments, saveComment } from '../../storage/comments-store';
import { loadContact } from '../../storage/contacts-store';
import { listInboxFor } from '../../storage/inbox-store';
import { sweepExpiredShares } from '../../storage/share-expiry';
import { saveShare } from '../../storage/shares-store';
import { ensureIdentity, publicKeyBytes } from './identity';
import { linkFor, newBundleId, sealReplyBundle } from './seal-bundle';

/** What the review screen shows. */
export interface Review {
  patient: Contact | undefined;
  items: InboxItem[];
  comments: Comment[];
}

/** Items that need attention come first; within each group, the newest first. */
export function orderForReview(items: InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => {
    const flagged = Number(Boolean(attentionReason(b.item))) - Number(Boolean(attentionReason(a.item)));
    // Versions of one item sit together, the newest first, so a change is read beside its original.
    return flagged || itemDate(b.item).localeCompare(itemDate(a.item)) || (b.version ?? 1) - (a.version ?? 1);
  });
}

/** Loads one patient's review (removing anything expired first). */
export async function loadReview(contactId: string): Promise<Review> {
  await sweepExpiredShares(new Date());
  const [patient, items, comments] = await Promise.all([
    loadContact(contactId),
    listInboxFor(contactId),
    listComments(),
  ]);
  return {
    patient,
    items: orderForReview(items),
    comments: comments.filter((c) => c.contactId === contactId).reverse(),
  };
}

/** Saves the coach's comment on an item (sent with the next reply). */
export async function addComment(inboxItem: InboxItem, text: string): Promise<void> {
  const identity = await ensureIdentity();
  await saveComment({
    id: newBundleId(),
    itemId: inboxItem.item.id,
    itemLabel: itemLabel(inboxItem.item),
    contactId: inboxItem.contactId,
    authorName: identity.name,
    text,
    createdAt: new Date().toISOString(),
    sentAt: null,
  });
}

/** Seals every unsent comment into a reply for the patient's key, marks them sent, and notes it in the history. */
export async function sealReply(patient: Contact, comments: Comment[]): Promise<Uint8Array<ArrayBuffer>> {
  const identity = await ensureIdentity();
  const unsent = comments.filter((c) => c.sentAt === null);
  const { bundle, sealed } = await sealReplyBundle({
    comments: unsent.map((c) => ({
      id: c.id,
      itemId: c.itemId,
      itemLabel: c.itemLabel,
      text: c.text,
      createdAt: c.createdAt,
    })),
    from: identity,
    recipientPublicKey: publicKeyBytes(patient.publicKey),
  });
  for (const comment of unsent) await saveComment({ ...comment, sentAt: bundle.createdAt });
  await saveShare({
    id: bundle.id,
    createdAt: bundle.createdAt,
    expiresAt: null,
    contactId: patient.id,
    contactName: patient.name,
    direction: 'reply',
    transport: linkFor(sealed, '') ? 'link' : 'file',
    itemLabels: unsent.map((c) => `Comment on ${c.itemLabel}`),
  });
  return sealed;
}
