// A signed clinic pack: the pack itself, the clinic's public key and a detached ECDSA P-256 (SHA-256) signature over
// the pack's canonical JSON. The key travels with the pack; what makes it trusted is the person pinning it once, by
// comparing its fingerprint with the one on the clinic's papers. Pure: checking the signature happens in platform/.
import { z } from 'zod/mini';
import { fromBase64Url } from '../lib/base64url';
import { ownBytes, utf8 } from '../lib/bytes';
import { canonicalJson } from '../lib/canonical-json';

/** The `type` a signed pack file carries at its top level (an unsigned pack carries `format` there instead). */
export const SIGNED_PACK_TYPE = 'stillpoint-signed-pack';

/** The signed pack as it travels: raw P-256 public key (65 bytes) and P1363 signature (r‖s, 64 bytes), base64url. */
export const SignedPackSchema = z.strictObject({
  type: z.literal(SIGNED_PACK_TYPE),
  v: z.literal(1),
  pack: z.unknown(),
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)),
});
/** The signed pack as it travels. */
export type SignedPack = z.infer<typeof SignedPackSchema>;

/** What a signature check needs: the key, the signature and the exact bytes that were signed. */
export interface PackSignature {
  publicKey: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
  signed: Uint8Array<ArrayBuffer>;
}

/** Whether a parsed JSON value says it is a signed pack (it may still be a damaged one). */
export function looksSigned(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === SIGNED_PACK_TYPE;
}

/** The bytes a clinic signs and the app checks: the pack exactly as sent, as canonical JSON in UTF-8. */
export function signedBytesOf(pack: unknown): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson(pack));
}

/** The key, signature and signed bytes of a signed pack; undefined when the key or signature cannot be decoded. */
export function signatureOf(signed: SignedPack): PackSignature | undefined {
  const publicKey = fromBase64Url(signed.publicKey);
  const signature = fromBase64Url(signed.signature);
  if (publicKey?.length !== 65 || signature?.length !== 64) return undefined;
  return { publicKey: ownBytes(publicKey), signature: ownBytes(signature), signed: signedBytesOf(signed.pack) };
}
