import { type Identity, IdentitySchema } from '../domain/share-records';
import { getRecord, putRecord } from './record-store';
import { STORES } from './schema';

/** This device's identity (key pair and name), if it has one yet. */
export function loadIdentity(): Promise<Identity | undefined> {
  return getRecord(STORES.keys, IdentitySchema, 'device');
}

/** Stores the identity; the CryptoKeyPair is structured-cloned, its private key stays non-extractable. */
export function saveIdentity(identity: Identity): Promise<void> {
  return putRecord(STORES.keys, IdentitySchema, identity);
}
