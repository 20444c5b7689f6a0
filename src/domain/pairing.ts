// A coach's invite: their name and public key, carried in a URL fragment, a QR code or a file. It is public
// information; the fingerprint comparison is what makes pinning it safe.
import { z } from 'zod/mini';
import { fromBase64Url, toBase64Url } from '../lib/base64url';
import { fromUtf8, utf8 } from '../lib/bytes';

/** The invite as it travels. */
export const InviteSchema = z.strictObject({
  v: z.literal(1),
  type: z.literal('coach-invite'),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
});
/** The invite as it travels. */
export type Invite = z.infer<typeof InviteSchema>;

/** The longest invite fragment accepted (a real one is about 200 characters). */
export const MAX_INVITE_CHARS = 1000;

/** The base64url text that goes after `#` in an invite link. */
export function encodeInvite(invite: Invite): string {
  return toBase64Url(utf8(JSON.stringify(invite)));
}

/** Reads an invite from link text; undefined when it is not one. */
export function decodeInvite(text: string): Invite | undefined {
  if (text.length > MAX_INVITE_CHARS) return undefined;
  const bytes = fromBase64Url(text);
  const json = bytes ? fromUtf8(bytes) : undefined;
  return json === undefined ? undefined : parseInviteJson(json);
}

/** The contents of an invite file (the same JSON the link carries). */
export function inviteFileText(invite: Invite): string {
  return JSON.stringify(invite);
}

/** Reads an invite from a file's text; undefined when it is not one. */
export function parseInviteJson(json: string): Invite | undefined {
  if (json.length > MAX_INVITE_CHARS) return undefined;
  try {
    const parsed = InviteSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
