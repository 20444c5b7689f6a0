// Shares and replies between paired devices, with the sender authenticated (container version 2). As in HPKE's auth
// mode (RFC 9180), two ECDH results go into HKDF: ephemeral-with-recipient (fresh per bundle) and
// sender-identity-with-recipient (only the holder of the sender's private key can compute it). So a bundle that opens
// was made by the holder of the sender key in its header; public keys alone cannot make one.
import { type AuthHeader, encodeHeader, joinContainer, parseContainer } from '../domain/share-container';
import { fromBase64Url, toBase64Url } from '../lib/base64url';
import { bytesEqual, concatBytes, ownBytes, utf8 } from '../lib/bytes';
import {
  aesGcmOpen,
  aesGcmSeal,
  ecdhSecret,
  exportPublicKey,
  generateDeviceKeyPair,
  hkdfAesKey,
  importPublicKey,
  randomBytes,
} from './crypto';
import { type DeviceKey, finish, keyIdOf, type OpenProblem, prepare } from './sealed-box';

/** Names the format in the HKDF info, so a key made for this format is never the key of another. */
export const AUTH_INFO_LABEL = 'stillpoint share v2 auth';

/** What an authenticated open gives back: the plaintext, its authenticated dates and the sender's identity key. */
export type SenderOpenResult =
  | {
      ok: true;
      plaintext: Uint8Array;
      created: string;
      expires: string | null;
      /** The raw public key the sender proved they hold. */
      senderPublicKey: Uint8Array<ArrayBuffer>;
    }
  | { ok: false; problem: OpenProblem };

/** The random parts of one seal: drawn fresh by sealFromSender, fixed only by the known-answer test. */
export interface SealRandomness {
  ephemeral: CryptoKeyPair;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
}

/** HKDF info: the label, then the ephemeral, sender and recipient public keys (65 bytes each). */
function authInfo(epk: Uint8Array, spk: Uint8Array, rpk: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(utf8(AUTH_INFO_LABEL), epk, spk, rpk);
}

async function keyFor(secrets: [Uint8Array, Uint8Array], salt: Uint8Array<ArrayBuffer>, info: Uint8Array<ArrayBuffer>) {
  return hkdfAesKey(concatBytes(...secrets), salt, info);
}

/**
 * Seals already-prepared (compressed and padded) bytes with the given randomness. Exported for the known-answer
 * test; everything else calls sealFromSender, which draws a fresh ephemeral key, salt and IV every time.
 */
export async function sealPreparedWith(
  padded: Uint8Array<ArrayBuffer>,
  sender: DeviceKey,
  recipientPublicKey: Uint8Array<ArrayBuffer>,
  random: SealRandomness,
  dates: { created: Date; expires: Date | null },
): Promise<Uint8Array<ArrayBuffer>> {
  const recipient = await importPublicKey(recipientPublicKey);
  if (!recipient) throw new Error('The recipient key is not a valid P-256 public key.');
  const epk = await exportPublicKey(random.ephemeral.publicKey);
  const secrets: [Uint8Array, Uint8Array] = [
    await ecdhSecret(random.ephemeral.privateKey, recipient),
    await ecdhSecret(sender.keyPair.privateKey, recipient),
  ];
  const key = await keyFor(secrets, random.salt, authInfo(epk, sender.publicKey, recipientPublicKey));
  const header: AuthHeader = {
    mode: 'auth',
    alg: 'ECDH-P256-AUTH/HKDF-SHA256/A256GCM',
    salt: toBase64Url(random.salt),
    iv: toBase64Url(random.iv),
    epk: toBase64Url(epk),
    rkid: await keyIdOf(recipientPublicKey),
    skid: await keyIdOf(sender.publicKey),
    spk: toBase64Url(sender.publicKey),
    created: dates.created.toISOString(),
    expires: dates.expires ? dates.expires.toISOString() : null,
  };
  const aad = encodeHeader(header);
  return joinContainer(aad, await aesGcmSeal(key, random.iv, padded, aad));
}

/** Seals bytes from this device's identity to a recipient's public key; only that recipient can open them. */
export async function sealFromSender(
  plaintext: Uint8Array,
  sender: DeviceKey,
  recipientPublicKey: Uint8Array<ArrayBuffer>,
  options: { created?: Date; expires?: Date | null } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const random = { ephemeral: await generateDeviceKeyPair(), salt: randomBytes(32), iv: randomBytes(12) };
  return sealPreparedWith(await prepare(plaintext), sender, recipientPublicKey, random, {
    created: options.created ?? new Date(),
    expires: options.expires ?? null,
  });
}

/** Opens a container sealed for this device and says who sealed it. Never throws; every failure is named. */
export async function openFromSender(container: Uint8Array, device: DeviceKey): Promise<SenderOpenResult> {
  const parsed = parseContainer(container);
  if (!parsed.ok) return parsed;
  const { header, aad, ciphertext } = parsed.value;
  if (header.mode === 'passphrase') return { ok: false, problem: 'wrong-passphrase' };
  // The first format cannot say who made it, so it is never opened (let alone filed under a contact).
  if (header.mode === 'ecdh') return { ok: false, problem: 'unverified-old-version' };
  if (header.rkid !== (await keyIdOf(device.publicKey))) return { ok: false, problem: 'not-for-this-device' };
  const epk = fromBase64Url(header.epk);
  const spk = fromBase64Url(header.spk);
  const salt = fromBase64Url(header.salt);
  const iv = fromBase64Url(header.iv);
  if (!epk || !spk || !salt || !iv) return { ok: false, problem: 'changed' };
  const senderPublicKey = ownBytes(spk);
  if (header.skid !== (await keyIdOf(senderPublicKey))) return { ok: false, problem: 'changed' };
  // A sender claiming to be this very device is someone replaying our own key at us.
  if (bytesEqual(senderPublicKey, device.publicKey)) return { ok: false, problem: 'changed' };
  const [ephemeral, sender] = await Promise.all([importPublicKey(ownBytes(epk)), importPublicKey(senderPublicKey)]);
  if (!ephemeral || !sender) return { ok: false, problem: 'changed' };
  const secrets: [Uint8Array, Uint8Array] = [
    await ecdhSecret(device.keyPair.privateKey, ephemeral),
    await ecdhSecret(device.keyPair.privateKey, sender),
  ];
  const key = await keyFor(secrets, ownBytes(salt), authInfo(epk, senderPublicKey, device.publicKey));
  const padded = await aesGcmOpen(key, ownBytes(iv), ownBytes(ciphertext), ownBytes(aad));
  const plaintext = padded ? await finish(padded) : undefined;
  if (!plaintext) return { ok: false, problem: 'changed' };
  return { ok: true, plaintext, created: header.created, expires: header.expires, senderPublicKey };
}
