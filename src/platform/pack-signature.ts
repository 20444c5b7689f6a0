// Checking a signed clinic pack with Web Crypto: the signature must be good for the key the pack carries. Whether
// that key is one the person trusts is decided afterwards, against the pinned clinic keys (domain/pack-trust.ts).
import type { PackSignature } from '../domain/pack-signature';
import { clinicKeyId, type PackSigner } from '../domain/pack-trust';
import { toBase64Url } from '../lib/base64url';
import { ecdsaVerify, importVerifyKey } from './crypto';
import { fingerprintOf, keyIdOf } from './sealed-box';

/** The signer of a pack whose signature is good; undefined when the key is not a P-256 point or the signature fails. */
export async function verifyPackSignature(signature: PackSignature): Promise<PackSigner | undefined> {
  const key = await importVerifyKey(signature.publicKey);
  if (!key || !(await ecdsaVerify(key, signature.signature, signature.signed))) return undefined;
  // The same id and fingerprint a coach's key gets, so a clinic's code reads like a coach's.
  return {
    id: clinicKeyId(await keyIdOf(signature.publicKey)),
    publicKey: toBase64Url(signature.publicKey),
    fingerprint: await fingerprintOf(signature.publicKey),
  };
}
