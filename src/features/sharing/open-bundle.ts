// The one path for everything that comes from outside (links and files): size cap before reading, strict header,
// decryption, strict content, expiry, then a preview. Nothing is written here; see import-bundle.ts.

import { type Bundle, BundleSchema, isExpired, SHARE_AAD } from '../../domain/share-bundle';
import { parseContainer } from '../../domain/share-container';
import type { Identity } from '../../domain/share-records';
import { fromBase64Url } from '../../lib/base64url';
import { fromUtf8, utf8 } from '../../lib/bytes';
import { formatBytes } from '../../lib/format-bytes';
import { keyIdOf, type OpenProblem, openForDevice, openWithPassphrase } from '../../platform/sealed-box';
import { loadContact } from '../../storage/contacts-store';
import { wasImported } from '../../storage/imports-store';
import { deviceKeyOf, publicKeyBytes } from './identity';

/** The largest share file opened (checked before a byte is read). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The longest link fragment opened. */
export const MAX_LINK_CHARS = Math.ceil((MAX_FILE_BYTES * 4) / 3);

/** Why something from outside was refused. */
export type RefusalReason =
  | OpenProblem
  | 'too-large'
  | 'expired'
  | 'no-identity'
  | 'needs-passphrase'
  | 'unknown-sender';

/** A refusal and its words for the person. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
}

/** What the person sees before agreeing to import. */
export interface Preview {
  bundle: Bundle;
  /** The sender's key id: the contact this bundle belongs to. */
  contactId: string;
  alreadyImported: boolean;
}

/** Either a value or a refusal. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const MESSAGES: Record<Exclude<RefusalReason, 'too-large' | 'expired'>, string> = {
  'not-a-share': 'This is not a Stillpoint share, or it is damaged. Nothing was opened.',
  'newer-version': 'This share was made by a newer version of Stillpoint. Update the app, then open it again.',
  unsupported: 'This share uses settings this version of Stillpoint does not accept, so it was not opened.',
  'not-for-this-device': 'This share is not for this device. Only the app it was sealed for can open it.',
  changed: 'This share was changed on the way, or damaged, so it cannot be trusted. Ask for it to be sent again.',
  'wrong-passphrase': 'This share needs a passphrase, and the one given does not open it.',
  'no-identity': 'This share is not for this device: this app has not paired with anyone yet.',
  'needs-passphrase': 'This share is locked with a passphrase. Type the passphrase you were given.',
  'unknown-sender': 'This reply is not from a coach you paired with, so it was not opened.',
};

/** A refusal with its plain message. */
export function refuse(reason: Exclude<RefusalReason, 'too-large' | 'expired'>): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { reason, message: MESSAGES[reason] } };
}

/** Reads the sealed bytes from a link fragment (with or without the leading #). */
export function sealedFromFragment(fragment: string): Outcome<Uint8Array> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_CHARS) {
    return { ok: false, refusal: { reason: 'too-large', message: 'This link is too long to be a Stillpoint share.' } };
  }
  const bytes = fromBase64Url(text);
  return bytes ? { ok: true, value: bytes } : refuse('not-a-share');
}

/** Reads the sealed bytes from a file, refusing one over the cap before reading it. */
export async function sealedFromFile(file: Blob): Promise<Outcome<Uint8Array>> {
  if (file.size > MAX_FILE_BYTES) {
    const message = `This file is ${formatBytes(file.size)}. Shares can be at most ${formatBytes(MAX_FILE_BYTES)}, so it was not opened.`;
    return { ok: false, refusal: { reason: 'too-large', message } };
  }
  try {
    return { ok: true, value: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return refuse('not-a-share');
  }
}

/** Opens sealed bytes for this device and checks the content strictly. Never throws for bad input. */
export async function openSealed(
  sealed: Uint8Array,
  identity: Identity | undefined,
  now = new Date(),
): Promise<Outcome<Preview>> {
  const container = parseContainer(sealed);
  if (!container.ok) return refuse(container.problem);
  if (container.value.header.mode === 'passphrase') return refuse('needs-passphrase');
  if (!identity) return refuse('no-identity');
  const opened = await openForDevice(sealed, deviceKeyOf(identity));
  if (!opened.ok) return refuse(opened.problem);
  return checkBundle(opened.plaintext, opened.expires, now);
}

/** Opens a share sealed with a passphrase (for someone who had not paired). */
export async function openSealedWithPassphrase(
  sealed: Uint8Array,
  passphrase: string,
  now = new Date(),
): Promise<Outcome<Preview>> {
  const opened = await openWithPassphrase(sealed, passphrase, utf8(SHARE_AAD));
  if (!opened.ok) return refuse(opened.problem);
  return checkBundle(opened.plaintext, undefined, now);
}

async function checkBundle(
  plaintext: Uint8Array,
  headerExpiry: string | null | undefined,
  now: Date,
): Promise<Outcome<Preview>> {
  const text = fromUtf8(plaintext);
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = BundleSchema.safeParse(json);
  // The ciphertext was authentic, so a bad body was sealed wrongly (or by a newer app): treat as unsupported.
  if (!parsed.success) return refuse('unsupported');
  const bundle = parsed.data;
  // Where the authenticated header carries an expiry, the body must agree with it.
  if (headerExpiry !== undefined && bundle.expiresAt !== headerExpiry) return refuse('changed');
  if (isExpired(bundle.expiresAt, now)) {
    const when = new Date(bundle.expiresAt ?? 0).toLocaleDateString();
    const message = `This share expired on ${when}, so it was not opened.`;
    return { ok: false, refusal: { reason: 'expired', message } };
  }
  const contactId = await keyIdOf(publicKeyBytes(bundle.sender.publicKey));
  // A reply must come from a coach this person pinned: anyone can seal to a public key, only pinned coaches count.
  if (bundle.type === 'reply' && (await loadContact(contactId))?.role !== 'coach') return refuse('unknown-sender');
  return { ok: true, value: { bundle, contactId, alreadyImported: await wasImported(bundle.id) } };
}
