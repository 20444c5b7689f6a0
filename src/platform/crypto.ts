// The one doorway to Web Crypto (crypto.subtle). Every key, derivation and cipher the app uses is made here, so
// the choices (P-256, HKDF-SHA-256, AES-256-GCM, PBKDF2-SHA256, ECDSA P-256 with SHA-256) can be read and reviewed
// in one place.

const ECDH: EcKeyImportParams = { name: 'ECDH', namedCurve: 'P-256' };
const ECDSA: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };

/** Fresh random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** SHA-256 of the bytes. */
export async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

/** An ECDH P-256 key pair whose private key can never be exported (an ephemeral key, or a test's device). */
export function generateDeviceKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
}

/**
 * The device's long-term identity key pair: for use, with a non-extractable private key; and the private key's
 * PKCS#8 bytes, made once here so storage can keep them (sealed by the app lock while it is on). A non-extractable
 * key stored as it is would leave its material in the browser's database files, where no lock can wrap it.
 */
export async function generateIdentityKeyPair(): Promise<{ keyPair: CryptoKeyPair; pkcs8: Uint8Array<ArrayBuffer> }> {
  const made = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', made.privateKey));
  const privateKey = await importIdentityPrivateKey(pkcs8);
  if (!privateKey) throw new Error('The new identity key did not import.');
  return { keyPair: { privateKey, publicKey: made.publicKey }, pkcs8 };
}

/** Imports stored PKCS#8 bytes as a non-extractable ECDH private key; undefined when they are not one. */
export async function importIdentityPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey | undefined> {
  try {
    return await crypto.subtle.importKey('pkcs8', pkcs8, ECDH, false, ['deriveBits']);
  } catch {
    return undefined;
  }
}

/** The raw (uncompressed point, 65 bytes) form of a public key. */
export async function exportPublicKey(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** Imports a raw P-256 public key; undefined when the bytes are not a point on the curve. */
export async function importPublicKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey | undefined> {
  try {
    return await crypto.subtle.importKey('raw', raw, ECDH, true, []);
  } catch {
    return undefined;
  }
}

/** Imports a raw P-256 public key for checking signatures (a clinic's pack key); undefined when it is not a point. */
export async function importVerifyKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey | undefined> {
  try {
    return await crypto.subtle.importKey('raw', raw, ECDSA, true, ['verify']);
  } catch {
    return undefined;
  }
}

/** Whether an ECDSA P-256 SHA-256 signature (r‖s, 64 bytes) over the data is good for the key. */
export async function ecdsaVerify(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, data);
  } catch {
    return false;
  }
}

/** HKDF-SHA-256 output bytes (exposed for the known-answer test). */
export async function hkdf(
  ikm: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, base, length * 8),
  );
}

/** Imports raw AES key bytes as a non-extractable AES-GCM key. */
export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** AES-GCM encryption with a 128-bit tag; the caller supplies a fresh IV every time. */
export async function aesGcmSeal(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plaintext));
}

/**
 * AES-GCM encryption under a fresh random 12-byte IV, made here so no caller can ever reuse one. The associated
 * data is built from the IV (the header carries it).
 */
export async function aesGcmSealFresh(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  makeAad: (iv: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>,
): Promise<{ iv: Uint8Array<ArrayBuffer>; aad: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> }> {
  const iv = randomBytes(12);
  const aad = makeAad(iv);
  return { iv, aad, ciphertext: await aesGcmSeal(key, iv, plaintext, aad) };
}

/** AES-GCM decryption; undefined when the tag does not match (wrong key, or changed on the way). */
export async function aesGcmOpen(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ciphertext));
  } catch {
    return undefined;
  }
}

/** The raw ECDH P-256 shared secret (32 bytes) of one side's private key and the other side's public key. */
export async function ecdhSecret(privateKey: CryptoKey, publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
}

/** HKDF-SHA-256 (salt, info) from input keying material straight to a non-extractable AES-256-GCM key. */
export async function hkdfAesKey(
  ikm: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** PBKDF2-SHA256 from a passphrase to a non-extractable AES-256-GCM key (iterations checked by the caller). */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
