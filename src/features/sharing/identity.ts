// This device's identity: made once, the first time the person pairs, shares or turns on coach mode.

import type { Identity } from '../../domain/share-records';
import { fromBase64Url } from '../../lib/base64url';
import { ownBytes } from '../../lib/bytes';
import type { DeviceKey } from '../../platform/sealed-box';
import { createIdentity, loadIdentity, renameIdentity } from '../../storage/keys-store';

/** Returns this device's identity, making its key pair first if there is none; a given name replaces the old one. */
export async function ensureIdentity(name?: string): Promise<Identity> {
  const existing = await loadIdentity();
  if (!existing) return createIdentity(name ?? '');
  if (name === undefined || name === existing.name) return existing;
  await renameIdentity(name);
  return { ...existing, name };
}

/** The identity in the form the sealed box needs. */
export function deviceKeyOf(identity: Identity): DeviceKey {
  return { keyPair: identity.keyPair, publicKey: publicKeyBytes(identity.publicKey) };
}

/** Raw public key bytes from their base64url form (already checked by the schema). */
export function publicKeyBytes(text: string): Uint8Array<ArrayBuffer> {
  return ownBytes(fromBase64Url(text) ?? new Uint8Array());
}
