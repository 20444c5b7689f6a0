// What the sharing area keeps on the device: contacts, the share history, the coach's inbox, comments and imports.
import { z } from 'zod/mini';
import { ShareItemSchema } from './share-item';

const publicKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/));

/**
 * A pinned coach (on the patient's side), a patient who shared (on the coach's side), or a clinic whose signed
 * protocol packs the person trusts (see domain/pack-trust.ts). Keyed by key id.
 */
export const ContactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  role: z.enum(['coach', 'patient', 'clinic']),
  name: z.string(),
  publicKey,
  fingerprint: z.string(),
  addedAt: z.string(),
  /** False for the sender of a passphrase share, whom nobody verified; absent means verified. */
  verified: z.optional(z.boolean()),
  /** When this person removed the contact; what was shared stays in the history, nothing new is opened from them. */
  removedAt: z.optional(z.string()),
});
/** A pinned coach, a patient who shared, or a pinned clinic key. */
export type Contact = z.infer<typeof ContactSchema>;

/** One line of the share history: what went to whom, and when. */
export const ShareRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.nullable(z.string()),
  contactId: z.nullable(z.string()),
  contactName: z.string(),
  direction: z.enum(['share', 'reply']),
  transport: z.enum(['link', 'file', 'passphrase']),
  itemLabels: z.array(z.string()),
});
/** One line of the share history. */
export type ShareRecord = z.infer<typeof ShareRecordSchema>;

/** An item a patient shared, in the coach's inbox. Keyed `${contactId}:${item.id}`. */
export const InboxItemSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  bundleId: z.string(),
  receivedAt: z.string(),
  expiresAt: z.nullable(z.string()),
  item: ShareItemSchema,
  /** 1 for the first copy of an item; a later, different copy is kept beside it with the next number. */
  version: z.optional(z.int().check(z.positive())),
  /** The inbox id of the version this one changed, when it is a later version. */
  changedFrom: z.optional(z.string()),
});
/** An item in the coach's inbox. */
export type InboxItem = z.infer<typeof InboxItemSchema>;

/** A coach's comment on an item. On the coach's side it waits until sent; on the patient's side it came in a reply. */
export const CommentSchema = z.object({
  id: z.string(),
  /** The patient's own id for the item (the same on both devices). */
  itemId: z.string(),
  itemLabel: z.string(),
  contactId: z.string(),
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.nullable(z.string()),
});
/** A coach's comment on an item. */
export type Comment = z.infer<typeof CommentSchema>;

/** A bundle that was imported: the record that makes importing it twice add nothing. */
export const ImportRecordSchema = z.object({
  id: z.string(),
  type: z.enum(['share', 'reply']),
  contactId: z.string(),
  importedAt: z.string(),
  expiresAt: z.nullable(z.string()),
});
/** A bundle that was imported. */
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

/**
 * This device's own identity in memory: its name for others and its key pair (the private key cannot be exported).
 * Identities made before the private key was kept as PKCS#8 are stored in this shape too, under the key 'device'.
 */
export const IdentitySchema = z.object({
  id: z.literal('device'),
  name: z.string(),
  publicKey,
  keyPair: z.custom<CryptoKeyPair>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      'privateKey' in value &&
      'publicKey' in value &&
      value.privateKey instanceof CryptoKey &&
      value.publicKey instanceof CryptoKey,
  ),
  createdAt: z.string(),
});
/** This device's own identity. */
export type Identity = z.infer<typeof IdentitySchema>;

/**
 * This device's identity as stored since the app lock wraps it: the private key as PKCS#8 bytes, which the lock
 * seals with its data key while it is on; in memory they become a non-extractable key (see storage/keys-store.ts).
 */
export const StoredIdentitySchema = z.object({
  id: z.literal('identity'),
  name: z.string(),
  publicKey,
  privateKey: z.instanceof(Uint8Array),
  createdAt: z.string(),
});
/** This device's identity as stored. */
export type StoredIdentity = z.infer<typeof StoredIdentitySchema>;
