// Writing an opened bundle after the person agreed: one transaction, and a second import of the same bundle adds nothing.
import { itemLabel } from '../../domain/share-item';
import type { Comment, InboxItem } from '../../domain/share-records';
import { fingerprintOf } from '../../platform/sealed-box';
import { commitImport } from '../../storage/imports-store';
import { publicKeyBytes } from './identity';
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
      fingerprint: await fingerprintOf(publicKeyBytes(bundle.sender.publicKey)),
      addedAt: receivedAt,
    };
    const inbox: InboxItem[] = bundle.items.map((item) => ({
      id: `${contactId}:${item.id}`,
      contactId,
      bundleId: bundle.id,
      receivedAt,
      expiresAt: bundle.expiresAt,
      item,
    }));
    return commitImport({ record, contact, inbox });
  }
  const comments: Comment[] = bundle.comments.map((comment) => ({
    id: `${bundle.id}:${comment.id}`,
    itemId: comment.itemId,
    itemLabel: comment.itemLabel,
    contactId,
    authorName: bundle.sender.name,
    text: comment.text,
    createdAt: comment.createdAt,
    sentAt: bundle.createdAt,
  }));
  return commitImport({ record, comments });
}

/** One line per item or comment, for the preview. */
export function previewLines(preview: Preview): string[] {
  const { bundle } = preview;
  return bundle.type === 'share'
    ? bundle.items.map(itemLabel)
    : bundle.comments.map((c) => `A comment on ${c.itemLabel || 'one of your items'}`);
}
