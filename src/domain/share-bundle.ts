// The plaintext inside a sealed container: a share (patient → coach) or a reply (coach → patient).
import { z } from 'zod/mini';
import { ShareItemSchema } from './share-item';

/** The bundle format this build writes. */
export const BUNDLE_FORMAT = 1;
/** The most items one bundle may carry. */
export const MAX_BUNDLE_ITEMS = 1000;

/** Who sealed a bundle: their name and raw P-256 public key (base64url), so the other side can answer. */
export const SenderSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
});
/** Who sealed a bundle. */
export type Sender = z.infer<typeof SenderSchema>;

const bundleBase = {
  format: z.literal(BUNDLE_FORMAT),
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  createdAt: z.iso.datetime(),
  expiresAt: z.nullable(z.iso.datetime()),
  sender: SenderSchema,
};

/** A share: the items a patient chose, for one coach. */
export const ShareBundleSchema = z.strictObject({
  ...bundleBase,
  type: z.literal('share'),
  items: z.array(ShareItemSchema).check(z.minLength(1), z.maxLength(MAX_BUNDLE_ITEMS)),
});
/** A share. */
export type ShareBundle = z.infer<typeof ShareBundleSchema>;

/** A coach's comment on one of the patient's items (keyed by the patient's own item id). */
export const ReplyCommentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  itemId: z.string().check(z.minLength(1), z.maxLength(200)),
  itemLabel: z.string().check(z.maxLength(300)),
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  createdAt: z.iso.datetime(),
});
/** A coach's comment on one item. */
export type ReplyComment = z.infer<typeof ReplyCommentSchema>;

/** A reply: the coach's comments, sealed for the patient. */
export const ReplyBundleSchema = z.strictObject({
  ...bundleBase,
  type: z.literal('reply'),
  comments: z.array(ReplyCommentSchema).check(z.minLength(1), z.maxLength(MAX_BUNDLE_ITEMS)),
});
/** A reply. */
export type ReplyBundle = z.infer<typeof ReplyBundleSchema>;

/** Either bundle. */
export const BundleSchema = z.discriminatedUnion('type', [ShareBundleSchema, ReplyBundleSchema]);
/** Either bundle. */
export type Bundle = z.infer<typeof BundleSchema>;

/** Whether a bundle has expired at `now`. */
export function isExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now.getTime();
}

/** Context bound into passphrase-sealed shares, so a backup can never be opened as a share (or the other way). */
export const SHARE_AAD = 'stillpoint share';
