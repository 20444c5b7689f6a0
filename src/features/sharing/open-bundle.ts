// The one path for everything that comes from outside (links and files): size cap before reading, strict header,
// decryption, strict content, expiry, then a preview. Nothing is written here; see import-bundle.ts.

import { type Bundle, BundleSchema, isExpired, SHARE_AAD } from '../../domain/share-bundle';
import { parseContainer } from '../../domain/share-container';
import type { Identity } from '../../domain/share-records';
import { fromBase64Url, toBase64Url } from '../../lib/base64url';
import { fromUtf8, utf8 } from '../../lib/bytes';
import { formatBytes } from '../../lib/format-bytes';
import { fingerprintOf, keyIdOf, type OpenProblem, openWithPassphrase } from '../../platform/sealed-box';
import { openFromSender } from '../../platform/sender-box';
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
  | 'unknown-sender'
  | 'removed-sender';

/** A refusal and its words for the person. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
}

/** Who a bundle is from, as this device knows them: never just the name the bundle carries. */
export interface SenderView {
  /** The name to show: the pinned contact's name when there is one, else the name in the bundle (a new sender). */
  name: string;
  /** The fingerprint of the sender's key, to compare with them the first time. */
  fingerprint: string;
  /** No contact holds this key yet. */
  isNew: boolean;
  /** False for a passphrase share: nobody proved who made it, so it is filed apart from every contact. */
  verified: boolean;
}

/** What the person sees before agreeing to import. */
export interface Preview {
  bundle: Bundle;
  /** The contact this bundle is filed under: the sender's key id (or an unverified id for passphrase shares). */
  contactId: string;
  sender: SenderView;
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
  'removed-sender': 'You removed the person who sent this, so it was not opened.',
  'unverified-old-version':
    'This was made by an older version of Stillpoint, which cannot prove who sent it, so it was not opened. ' +
    'Ask the sender to update their app and send it again.',
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
  const opened = await openFromSender(sealed, deviceKeyOf(identity));
  if (!opened.ok) return refuse(opened.problem);
  return checkBundle(opened.plaintext, { expires: opened.expires, senderPublicKey: opened.senderPublicKey }, now);
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

/** What the authenticated header proved: its expiry and the key that sealed the bundle. */
interface Proven {
  expires: string | null;
  senderPublicKey: Uint8Array;
}

async function checkBundle(plaintext: Uint8Array, proven: Proven | undefined, now: Date): Promise<Outcome<Preview>> {
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
  // The body must agree with the authenticated header: its expiry, and the key that proved who sealed it.
  if (proven && bundle.expiresAt !== proven.expires) return refuse('changed');
  if (proven && bundle.sender.publicKey !== toBase64Url(proven.senderPublicKey)) return refuse('changed');
  if (isExpired(bundle.expiresAt, now)) {
    const when = new Date(bundle.expiresAt ?? 0).toLocaleDateString();
    const message = `This share expired on ${when}, so it was not opened.`;
    return { ok: false, refusal: { reason: 'expired', message } };
  }
  const keyId = await keyIdOf(publicKeyBytes(bundle.sender.publicKey));
  const fingerprint = await fingerprintOf(publicKeyBytes(bundle.sender.publicKey));
  const alreadyImported = await wasImported(bundle.id);
  if (!proven) {
    // Nobody proved who sealed a passphrase share: it is never filed under a contact, and it cannot be a reply.
    if (bundle.type === 'reply') return refuse('unknown-sender');
    const sender = { name: bundle.sender.name, fingerprint, isNew: true, verified: false };
    return { ok: true, value: { bundle, contactId: `${UNVERIFIED_PREFIX}${keyId}`, sender, alreadyImported } };
  }
  const contact = await loadContact(keyId);
  if (contact?.removedAt) return refuse('removed-sender');
  // A reply must come from a coach this person pinned: only a pinned coach's key can have sealed it.
  if (bundle.type === 'reply' && contact?.role !== 'coach') return refuse('unknown-sender');
  if (bundle.type === 'share' && contact && contact.role !== 'patient') return refuse('unknown-sender');
  const sender = { name: contact?.name ?? bundle.sender.name, fingerprint, isNew: !contact, verified: true };
  return { ok: true, value: { bundle, contactId: keyId, sender, alreadyImported } };
}

/** Contact ids of passphrase shares start with this, so they never meet a verified contact's id. */
export const UNVERIFIED_PREFIX = 'unverified:';
