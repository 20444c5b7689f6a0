// Writing an opened bundle after the person agreed: one transaction, and a second import of the same bundle adds nothing.
import { itemLabel } from '../../domain/share-item';
import type { Comment } from '../../domain/share-records';
import { additionsOf, type ItemPlan, planItems } from '../../domain/share-versions';
import { commitImport } from '../../storage/imports-store';
import { listInboxFor } from '../../storage/inbox-store';
import type { Preview } from './open-bundle';

/** Imports a previewed bundle; resolves to false when it had been imported before (nothing is added). */
export async function importPreview(preview: Preview, now = new Date()): Promise<boolean> {
  const { bundle, contactId } = preview;
  const receivedAt = now.toISOString();
  const record = { id: bundle.id, type: bundle.type, contactId, importedAt: receivedAt, expiresAt: bundle.expiresAt };
  if (bundle.type === 'share') {
    const contact = {
      id: contactId,
      role: 'patient' as const,
      name: bundle.sender.name,
      publicKey: bundle.sender.publicKey,
      fingerprint: preview.sender.fingerprint,
      addedAt: receivedAt,
      ...(preview.sender.verified ? {} : { verified: false }),
    };
    // Planned again against what is stored now, so a share imported meanwhile is not overwritten either.
    const plans = await planShare(preview, receivedAt);
    return commitImport({ record, contact, inbox: additionsOf(plans) });
  }
  const comments: Comment[] = bundle.comments.map((comment) => ({
    id: `${bundle.id}:${comment.id}`,
    itemId: comment.itemId,
    itemLabel: comment.itemLabel,
    contactId,
    // The name this patient pinned for the coach, never the one the bundle carries.
    authorName: preview.sender.name,
    text: comment.text,
    createdAt: comment.createdAt,
    sentAt: bundle.createdAt,
  }));
  return commitImport({ record, comments });
}

/** What each item of a share would do to the inbox of its contact (new, changed, or already held). */
export async function planShare(preview: Preview, receivedAt = new Date().toISOString()): Promise<ItemPlan[]> {
  const { bundle, contactId } = preview;
  if (bundle.type !== 'share') return [];
  const from = { contactId, bundleId: bundle.id, receivedAt, expiresAt: bundle.expiresAt };
  return planItems(await listInboxFor(contactId), bundle.items, from);
}

/** One line per item or comment, for the preview. */
export function previewLines(preview: Preview): string[] {
  const { bundle } = preview;
  return bundle.type === 'share'
    ? bundle.items.map(itemLabel)
    : bundle.comments.map((c) => `A comment on ${c.itemLabel || 'one of your items'}`);
}
