// Passphrase containers (sharing without pairing, backups) and what every container shares: compress → pad →
// AES-256-GCM with the header as associated data. Shares and replies between paired devices are in sender-box.ts.
import { base32Groups, formatPassphrase, normalizePassphrase, PASSPHRASE_LENGTH } from '../domain/passphrase';
import {
  type ContainerProblem,
  encodeHeader,
  joinContainer,
  PBKDF2_ITERATIONS,
  parseContainer,
} from '../domain/share-container';
import { pad, unpad } from '../domain/share-padding';
import { fromBase64Url, toBase64Url } from '../lib/base64url';
import { concatBytes, ownBytes } from '../lib/bytes';
import { compress, decompress } from './compression';
import { aesGcmOpen, aesGcmSealFresh, derivePassphraseKey, randomBytes, sha256 } from './crypto';

/** Why a container was not opened. */
export type OpenProblem =
  | ContainerProblem
  | 'not-for-this-device'
  | 'changed'
  | 'wrong-passphrase'
  | 'unverified-old-version';

/** The result of opening: the plaintext with its (now authenticated) expiry, or the problem. */
export type OpenResult =
  | { ok: true; plaintext: Uint8Array; created: string; expires: string | null }
  | { ok: false; problem: OpenProblem };

/** This device's key pair and the raw public key that goes with it. */
export interface DeviceKey {
  keyPair: CryptoKeyPair;
  publicKey: Uint8Array<ArrayBuffer>;
}

/** The short id of a public key: the first 16 bytes of its SHA-256, base64url (22 characters). */
export async function keyIdOf(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64Url((await sha256(publicKey)).subarray(0, 16));
}

/** The fingerprint people compare out loud: 5 groups of 4 characters from the SHA-256 of the public key. */
export async function fingerprintOf(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return base32Groups(await sha256(publicKey), 5, 4).join(' ');
}

/** A generated passphrase (100 bits) in five groups of four characters. */
export function generatePassphrase(): string {
  return formatPassphrase(randomBytes(PASSPHRASE_LENGTH));
}

/** Compresses, then pads to a whole number of KiB: what every container encrypts. */
export async function prepare(plaintext: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return pad(await compress(plaintext));
}

/** Undoes prepare(); undefined when the padding or the deflate stream is bad or inflates past the limit. */
export async function finish(padded: Uint8Array, limit?: number): Promise<Uint8Array | undefined> {
  const compressed = unpad(padded);
  return compressed ? decompress(compressed, limit) : undefined;
}

/** Seals bytes with a passphrase (PBKDF2-SHA256, 600,000 iterations); aadExtra binds context the caller checks. */
export async function sealWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  aadExtra: Uint8Array = new Uint8Array(),
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = randomBytes(16);
  const key = await derivePassphraseKey(normalizePassphrase(passphrase), salt, PBKDF2_ITERATIONS);
  let header = new Uint8Array();
  const sealed = await aesGcmSealFresh(key, await prepare(plaintext), (iv) => {
    header = encodeHeader({
      mode: 'passphrase',
      alg: 'PBKDF2-SHA256/A256GCM',
      iter: PBKDF2_ITERATIONS,
      salt: toBase64Url(salt),
      iv: toBase64Url(iv),
      created: new Date().toISOString(),
    });
    return concatBytes(header, aadExtra);
  });
  return joinContainer(header, sealed.ciphertext);
}

/**
 * Opens a passphrase container; the iteration count was range-checked by the header parser before any work.
 * maxPlaintextBytes caps what the plaintext may inflate to (backups are far larger than shares).
 */
export async function openWithPassphrase(
  container: Uint8Array,
  passphrase: string,
  aadExtra: Uint8Array = new Uint8Array(),
  maxPlaintextBytes?: number,
): Promise<OpenResult> {
  const parsed = parseContainer(container);
  if (!parsed.ok) return parsed;
  const { header, aad, ciphertext } = parsed.value;
  if (header.mode !== 'passphrase') return { ok: false, problem: 'not-for-this-device' };
  const salt = fromBase64Url(header.salt);
  const iv = fromBase64Url(header.iv);
  if (!salt || !iv) return { ok: false, problem: 'changed' };
  const key = await derivePassphraseKey(normalizePassphrase(passphrase), ownBytes(salt), header.iter);
  const padded = await aesGcmOpen(key, ownBytes(iv), ownBytes(ciphertext), concatBytes(aad, aadExtra));
  if (!padded) return { ok: false, problem: 'wrong-passphrase' };
  // The tag checked out, so the passphrase was right: bad padding or an oversized inflate means a bad sealer.
  const plaintext = await finish(padded, maxPlaintextBytes);
  if (!plaintext) return { ok: false, problem: 'changed' };
  return { ok: true, plaintext, created: header.created, expires: null };
}
