// This device's identity (the key pair it shares with) in the keys store. It is stored with its private key as
// PKCS#8 bytes, so the app lock seals it with its data key while it is on, like any record; it is never kept as a
// CryptoKey, whose material the browser writes to its database files in the clear whatever the lock does. Read
// back, the bytes become a non-extractable key, the only form the rest of the app ever holds.
import { type Identity, IdentitySchema, type StoredIdentity, StoredIdentitySchema } from '../domain/share-records';
import { fromBase64Url, toBase64Url } from '../lib/base64url';
import { ownBytes } from '../lib/bytes';
import {
  exportPublicKey,
  generateIdentityKeyPair,
  importIdentityPrivateKey,
  importPublicKey,
} from '../platform/crypto';
import { getRecord } from './record-reads';
import { prepareRecord, putRecord, withWrite } from './record-writes';
import { STORES } from './schema';

// Stored on devices: never change these keys. The first holds the identity as it is stored now (sealed by the lock
// while it is on, see at-rest-policy.ts); the second an identity made before, as a structured-cloned CryptoKeyPair
// whose non-extractable private key cannot be exported, so can never be sealed: it is read and renamed as it is.
const IDENTITY_ID = 'identity' satisfies StoredIdentity['id'];
const LEGACY_ID = 'device' satisfies Identity['id'];

async function identityOf(stored: StoredIdentity): Promise<Identity | undefined> {
  const bytes = ownBytes(stored.privateKey);
  const privateKey = await importIdentityPrivateKey(bytes);
  // Best effort: the bytes leave this function only as a key that cannot give them back.
  bytes.fill(0);
  stored.privateKey.fill(0);
  const publicKey = await importPublicKey(ownBytes(fromBase64Url(stored.publicKey) ?? new Uint8Array()));
  if (!privateKey || !publicKey) return undefined;
  const { name, createdAt } = stored;
  return { id: LEGACY_ID, name, publicKey: stored.publicKey, keyPair: { privateKey, publicKey }, createdAt };
}

/** This device's identity (key pair and name), if it has one yet; its private key cannot be exported. */
export async function loadIdentity(): Promise<Identity | undefined> {
  const stored = await getRecord(STORES.keys, StoredIdentitySchema, IDENTITY_ID);
  if (stored) return identityOf(stored);
  return getRecord(STORES.keys, IdentitySchema, LEGACY_ID);
}

/** Makes a key pair and writes it as the identity; `legacy` says what to do with an identity made before. */
async function storeNewIdentity(name: string, legacy: 'keep' | 'replace'): Promise<Identity> {
  const { keyPair, pkcs8 } = await generateIdentityKeyPair();
  const publicKey = toBase64Url(await exportPublicKey(keyPair.publicKey));
  const createdAt = new Date().toISOString();
  try {
    const stored = await prepareRecord(STORES.keys, StoredIdentitySchema, {
      id: IDENTITY_ID,
      name,
      publicKey,
      privateKey: pkcs8,
      createdAt,
    });
    await withWrite([STORES.keys], async (tx) => {
      const keys = tx.objectStore(STORES.keys);
      const hasLegacy = (await keys.getKey(LEGACY_ID)) !== undefined;
      if (legacy === 'keep' && hasLegacy) throw new Error('This device already has an identity.');
      if (legacy === 'replace') {
        if (!hasLegacy) throw new Error('This device has no older sharing key to replace.');
        await keys.delete(LEGACY_ID);
      }
      // add, not put: a sealable identity already there is never replaced.
      await keys.add(stored);
    });
  } finally {
    // Only after the write: with the lock off, the record written holds these very bytes.
    pkcs8.fill(0);
  }
  return { id: LEGACY_ID, name, publicKey, keyPair, createdAt };
}

/**
 * Makes and stores this device's identity. Added, never put: an identity already there (even one that does not
 * open or parse) is never replaced, since the people paired with this device know it by its key.
 */
export function createIdentity(name: string): Promise<Identity> {
  return storeNewIdentity(name, 'keep');
}

/** Whether this device's identity was made before identities could be sealed (so the lock cannot hide it). */
export async function hasUnsealableIdentity(): Promise<boolean> {
  return (await getRecord(STORES.keys, IdentitySchema, LEGACY_ID)) !== undefined;
}

/**
 * Replaces an identity made before (which the lock cannot seal) with a new key pair under the same name, in one
 * transaction: the old key is gone once the new one is stored. Only when the person asks: everyone paired with
 * this device knows it by the old key and must pair again.
 */
export async function replaceUnsealableIdentity(): Promise<Identity> {
  const legacy = await getRecord(STORES.keys, IdentitySchema, LEGACY_ID);
  if (!legacy) throw new Error('This device has no older sharing key to replace.');
  return storeNewIdentity(legacy.name, 'replace');
}

/** Gives the stored identity a new name (its keys stay as they are); false when there is none. */
export async function renameIdentity(name: string): Promise<boolean> {
  const stored = await getRecord(STORES.keys, StoredIdentitySchema, IDENTITY_ID);
  if (stored) {
    await putRecord(STORES.keys, StoredIdentitySchema, { ...stored, name });
    return true;
  }
  const legacy = await getRecord(STORES.keys, IdentitySchema, LEGACY_ID);
  if (!legacy) return false;
  await putRecord(STORES.keys, IdentitySchema, { ...legacy, name });
  return true;
}
