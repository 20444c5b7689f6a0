// The sealed container for links and files: magic, version byte, a length-prefixed JSON header parsed strictly,
// then the ciphertext. Every byte before the ciphertext is the AES-GCM associated data, so a changed header fails.
// Version 2 authenticates the sender (mode "auth"); version 1 holds passphrase containers (backups, unpaired
// shares) and the first, unauthenticated share format ("ecdh"), which is recognised only to be refused.
import { z } from 'zod/mini';
import { fromBase64Url } from '../lib/base64url';
import { concatBytes, fromUtf8, utf8 } from '../lib/bytes';

/** "SP": the first two bytes of every Stillpoint container. */
export const CONTAINER_MAGIC = [0x53, 0x50] as const;
/** The newest container version this build reads: shares and replies are written as version 2. */
export const CONTAINER_VERSION = 2;
/** The version of passphrase containers and of the first (unauthenticated) share format. */
export const LEGACY_CONTAINER_VERSION = 1;
/** The longest header accepted (a real one is ~300 bytes). */
export const MAX_HEADER_BYTES = 2048;
/** The fewest PBKDF2 iterations accepted (OWASP 2023 for PBKDF2-HMAC-SHA256). */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** The most PBKDF2 iterations accepted: a forged header must not make the app work for minutes. */
export const MAX_PBKDF2_ITERATIONS = 5_000_000;
/** The iterations this build uses when it seals. */
export const PBKDF2_ITERATIONS = 600_000;

const PREFIX_BYTES = 5;
/** The smallest ciphertext there can be: one padded KiB plus the 16-byte tag. */
const MIN_CIPHERTEXT_BYTES = 1024 + 16;

function bytesOf(length: number) {
  return z.string().check(z.refine((text) => fromBase64Url(text)?.length === length, 'wrong length'));
}

const keyId = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));

/**
 * Header of a share or reply whose sender is authenticated (version 2): the AES key comes from two ECDH results,
 * ephemeral-with-recipient and sender-identity-with-recipient, as in HPKE's auth mode (RFC 9180).
 */
export const AuthHeaderSchema = z.strictObject({
  mode: z.literal('auth'),
  alg: z.literal('ECDH-P256-AUTH/HKDF-SHA256/A256GCM'),
  /** HKDF salt, 32 random bytes. */
  salt: bytesOf(32),
  /** AES-GCM IV, 12 random bytes. */
  iv: bytesOf(12),
  /** The ephemeral public key, raw uncompressed P-256 point. */
  epk: bytesOf(65),
  /** The recipient's key id (see keyIdOf). */
  rkid: keyId,
  /** The sender's key id; must be the id of spk. */
  skid: keyId,
  /** The sender's identity public key: the recipient needs it for the second ECDH, even from a first-time sender. */
  spk: bytesOf(65),
  created: z.iso.datetime(),
  expires: z.nullable(z.iso.datetime()),
});
/** Header of an authenticated share or reply. */
export type AuthHeader = z.infer<typeof AuthHeaderSchema>;

/** Header of the first share format (version 1): anyone with two public keys could make one, so it is refused. */
export const EcdhHeaderSchema = z.strictObject({
  mode: z.literal('ecdh'),
  alg: z.literal('ECDH-P256/HKDF-SHA256/A256GCM'),
  /** HKDF salt, 32 random bytes. */
  salt: bytesOf(32),
  /** AES-GCM IV, 12 random bytes. */
  iv: bytesOf(12),
  /** The ephemeral public key, raw uncompressed P-256 point. */
  epk: bytesOf(65),
  /** The recipient's key id (see keyIdOf). */
  rkid: keyId,
  created: z.iso.datetime(),
  expires: z.nullable(z.iso.datetime()),
});
/** Header of the first, unauthenticated share format. */
export type EcdhHeader = z.infer<typeof EcdhHeaderSchema>;

/** Header of a container sealed with a passphrase. */
export const PassphraseHeaderSchema = z.strictObject({
  mode: z.literal('passphrase'),
  alg: z.literal('PBKDF2-SHA256/A256GCM'),
  iter: z.int().check(z.minimum(MIN_PBKDF2_ITERATIONS), z.maximum(MAX_PBKDF2_ITERATIONS)),
  salt: bytesOf(16),
  iv: bytesOf(12),
  created: z.iso.datetime(),
});
/** Header of a container sealed with a passphrase. */
export type PassphraseHeader = z.infer<typeof PassphraseHeaderSchema>;

/** The headers each container version may carry. */
const HeaderSchemaByVersion = {
  1: z.discriminatedUnion('mode', [EcdhHeaderSchema, PassphraseHeaderSchema]),
  2: AuthHeaderSchema,
} as const;

/** Any header this build can read. */
export type ContainerHeader = AuthHeader | EcdhHeader | PassphraseHeader;

/** The version byte a header is written under. */
export function versionOf(header: ContainerHeader): 1 | 2 {
  return header.mode === 'auth' ? CONTAINER_VERSION : LEGACY_CONTAINER_VERSION;
}

/** A container split into its parts; `aad` is every byte before the ciphertext. */
export interface ParsedContainer {
  header: ContainerHeader;
  aad: Uint8Array;
  ciphertext: Uint8Array;
}

/** Why a container could not even be parsed. */
export type ContainerProblem = 'not-a-share' | 'newer-version' | 'unsupported';

/** The result of parsing: the parts, or the problem. */
export type ContainerParse = { ok: true; value: ParsedContainer } | { ok: false; problem: ContainerProblem };

/** Writes the prefix and header; the result is both the start of the container and its associated data. */
export function encodeHeader(header: ContainerHeader): Uint8Array<ArrayBuffer> {
  const json = utf8(JSON.stringify(header));
  if (json.length > MAX_HEADER_BYTES) throw new RangeError('Header too long');
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(CONTAINER_MAGIC, 0);
  prefix[2] = versionOf(header);
  new DataView(prefix.buffer).setUint16(3, json.length);
  return concatBytes(prefix, json);
}

/** Joins an encoded header and its ciphertext into a container. */
export function joinContainer(aad: Uint8Array, ciphertext: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(aad, ciphertext);
}

/** Splits and strictly checks a container; never throws. */
export function parseContainer(bytes: Uint8Array): ContainerParse {
  if (bytes.length < PREFIX_BYTES || bytes[0] !== CONTAINER_MAGIC[0] || bytes[1] !== CONTAINER_MAGIC[1]) {
    return { ok: false, problem: 'not-a-share' };
  }
  const version = bytes[2] ?? 0;
  if (version > CONTAINER_VERSION) return { ok: false, problem: 'newer-version' };
  if (version !== CONTAINER_VERSION && version !== LEGACY_CONTAINER_VERSION)
    return { ok: false, problem: 'not-a-share' };
  const length = ((bytes[3] ?? 0) << 8) | (bytes[4] ?? 0);
  if (length === 0 || length > MAX_HEADER_BYTES || bytes.length < PREFIX_BYTES + length + MIN_CIPHERTEXT_BYTES) {
    return { ok: false, problem: 'not-a-share' };
  }
  const text = fromUtf8(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length));
  if (text === undefined) return { ok: false, problem: 'not-a-share' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-share' };
  }
  const header = HeaderSchemaByVersion[version].safeParse(json);
  if (!header.success) return { ok: false, problem: 'unsupported' };
  const ciphertext = bytes.subarray(PREFIX_BYTES + length);
  if ((ciphertext.length - 16) % 1024 !== 0) return { ok: false, problem: 'not-a-share' };
  return { ok: true, value: { header: header.data, aad: bytes.subarray(0, PREFIX_BYTES + length), ciphertext } };
}
