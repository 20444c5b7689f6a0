// The app lock's data key: a random AES-256-GCM key, kept on the device only wrapped (encrypted) by a key derived
// from the person's passphrase with PBKDF2-SHA256. Changing the passphrase wraps the same key again, so no record
// has to be re-encrypted.
import { concatBytes, utf8 } from '../lib/bytes';
import { aesGcmOpen, aesGcmSealFresh, derivePassphraseKey, importAesKey, randomBytes } from './crypto';

/** PBKDF2 iterations for the lock (OWASP's floor for PBKDF2-HMAC-SHA256). */
export const LOCK_PBKDF2_ITERATIONS = 600_000;

/** The data key as stored: wrapped under the passphrase, with what is needed to derive the wrapping key again. */
export interface WrappedKey {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
}

function wrapAad(salt: Uint8Array, iterations: number): Uint8Array<ArrayBuffer> {
  return concatBytes(utf8(`stillpoint app lock v1\n${iterations}\n`), salt);
}

async function wrapRaw(raw: Uint8Array<ArrayBuffer>, passphrase: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const kek = await derivePassphraseKey(passphrase, salt, LOCK_PBKDF2_ITERATIONS);
  const sealed = await aesGcmSealFresh(kek, raw, () => wrapAad(salt, LOCK_PBKDF2_ITERATIONS));
  return { salt, iterations: LOCK_PBKDF2_ITERATIONS, iv: sealed.iv, wrapped: sealed.ciphertext };
}

async function unwrapRaw(stored: WrappedKey, passphrase: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const kek = await derivePassphraseKey(passphrase, stored.salt, stored.iterations);
  const raw = await aesGcmOpen(kek, stored.iv, stored.wrapped, wrapAad(stored.salt, stored.iterations));
  return raw?.length === 32 ? raw : undefined;
}

/** Makes a new data key; returns it (non-extractable, for use) and its wrapped form (to store). */
export async function createDataKey(passphrase: string): Promise<{ key: CryptoKey; stored: WrappedKey }> {
  const raw = randomBytes(32);
  try {
    return { key: await importAesKey(raw), stored: await wrapRaw(raw, passphrase) };
  } finally {
    raw.fill(0);
  }
}

/** Unwraps the data key with the passphrase; undefined when the passphrase is wrong (nothing else is learned). */
export async function openDataKey(stored: WrappedKey, passphrase: string): Promise<CryptoKey | undefined> {
  const raw = await unwrapRaw(stored, passphrase);
  if (!raw) return undefined;
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** Wraps the same data key under a new passphrase (fresh salt); undefined when the current passphrase is wrong. */
export async function rewrapDataKey(
  stored: WrappedKey,
  current: string,
  next: string,
): Promise<{ key: CryptoKey; stored: WrappedKey } | undefined> {
  const raw = await unwrapRaw(stored, current);
  if (!raw) return undefined;
  try {
    return { key: await importAesKey(raw), stored: await wrapRaw(raw, next) };
  } finally {
    raw.fill(0);
  }
}
