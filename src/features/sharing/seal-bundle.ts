// Turning chosen items (or comments) into a sealed bundle, and the bundle into a link or a file.

import { BUNDLE_FORMAT, type ReplyBundle, type ReplyComment, type ShareBundle } from '../../domain/share-bundle';
import type { ShareItem } from '../../domain/share-item';
import type { Identity } from '../../domain/share-records';
import { toBase64Url } from '../../lib/base64url';
import { utf8 } from '../../lib/bytes';
import { datedFileName } from '../../lib/file-names';
import { randomBytes } from '../../platform/crypto';
import { sealFromSender } from '../../platform/sender-box';
import { deviceKeyOf } from './identity';

/** The longest link offered: longer shares go as a file (chat apps cut very long links). */
export const MAX_LINK_CHARS = 6000;
/** The file extension of a sealed share. */
export const SHARE_FILE_EXTENSION = '.stillpoint';
/** The media type of a sealed share file. */
export const SHARE_MIME = 'application/vnd.stillpoint.share';
/** The path a share or reply link opens. */
export const OPEN_PATH = '/coach/open';

/** A new random bundle id (128 bits, base64url). */
export function newBundleId(): string {
  return toBase64Url(randomBytes(16));
}

/** Seals a share of items from this device's identity for one recipient's public key. */
export async function sealShareBundle(options: {
  items: ShareItem[];
  from: Identity;
  recipientPublicKey: Uint8Array<ArrayBuffer>;
  expiresAt: Date | null;
  now?: Date;
}): Promise<{ bundle: ShareBundle; sealed: Uint8Array<ArrayBuffer> }> {
  const now = options.now ?? new Date();
  const bundle: ShareBundle = {
    format: BUNDLE_FORMAT,
    type: 'share',
    id: newBundleId(),
    createdAt: now.toISOString(),
    expiresAt: options.expiresAt ? options.expiresAt.toISOString() : null,
    sender: { name: options.from.name, publicKey: options.from.publicKey },
    items: options.items,
  };
  const sealed = await sealFromSender(
    utf8(JSON.stringify(bundle)),
    deviceKeyOf(options.from),
    options.recipientPublicKey,
    {
      created: now,
      expires: options.expiresAt,
    },
  );
  return { bundle, sealed };
}

/** Seals the coach's comments from the coach's identity as a reply for the patient's public key. */
export async function sealReplyBundle(options: {
  comments: ReplyComment[];
  from: Identity;
  recipientPublicKey: Uint8Array<ArrayBuffer>;
}): Promise<{ bundle: ReplyBundle; sealed: Uint8Array<ArrayBuffer> }> {
  const now = new Date();
  const bundle: ReplyBundle = {
    format: BUNDLE_FORMAT,
    type: 'reply',
    id: newBundleId(),
    createdAt: now.toISOString(),
    expiresAt: null,
    // The patient's app shows the name it pinned, not this one; this is only a fallback for an unnamed coach.
    sender: { name: options.from.name || 'Your coach', publicKey: options.from.publicKey },
    comments: options.comments,
  };
  const sealed = await sealFromSender(
    utf8(JSON.stringify(bundle)),
    deviceKeyOf(options.from),
    options.recipientPublicKey,
    {
      created: now,
    },
  );
  return { bundle, sealed };
}

/** The link for a sealed bundle, or undefined when it is too long to be a link. The data is in the fragment only. */
export function linkFor(sealed: Uint8Array, origin: string): string | undefined {
  const text = toBase64Url(sealed);
  return text.length <= MAX_LINK_CHARS ? `${origin}${OPEN_PATH}#${text}` : undefined;
}

/** The sealed bundle as a file ready for the share sheet or a download. */
export function fileFor(sealed: Uint8Array<ArrayBuffer>, kind: 'share' | 'reply', date = new Date()): File {
  return new File([sealed], datedFileName(kind, date, SHARE_FILE_EXTENSION), { type: SHARE_MIME });
}
