// What the sharing area keeps on the device: contacts, the share history, the coach's inbox, comments and imports.
import { z } from 'zod/mini';
import { ShareItemSchema } from './share-item';

const publicKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/));

/** A pinned coach (on the patient's side) or a patient who shared (on the coach's side). Keyed by key id. */
export const ContactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  role: z.enum(['coach', 'patient']),
  name: z.string(),
  publicKey,
  fingerprint: z.string(),
  addedAt: z.string(),
});
/** A pinned coach or a patient who shared. */
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

/** This device's own identity: its name for others and its key pair (the private key cannot be exported). */
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
