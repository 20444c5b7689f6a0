import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../src/storage/db';
import { createIdentity, loadIdentity, renameIdentity } from '../../../src/storage/keys-store';
import { STORES } from '../../../src/storage/schema';
import { StorageError } from '../../../src/storage/storage-error';
import { openTestDb } from '../../fixtures/test-db';

describe('keys store: the device identity', () => {
  beforeEach(openTestDb);

  it('stores the private key as PKCS#8 bytes and gives it back only as a non-extractable key', async () => {
    const made = await createIdentity('Sam');
    expect(made.keyPair.privateKey.extractable).toBe(false);
    const stored = (await (await getDb()).get(STORES.keys, 'identity')) as Record<string, unknown>;
    expect(stored.privateKey).toBeInstanceOf(Uint8Array);
    expect(Object.values(stored).some((value) => value instanceof CryptoKey)).toBe(false);
    // The bytes were not zeroed before they were written (the written record shares them with the lock off).
    expect((stored.privateKey as Uint8Array).some((byte) => byte !== 0)).toBe(true);

    const loaded = await loadIdentity();
    expect(loaded?.publicKey).toBe(made.publicKey);
    expect(loaded?.keyPair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', loaded?.keyPair.privateKey as CryptoKey)).rejects.toThrow();
  });

  it('renames without touching the keys', async () => {
    const made = await createIdentity('Sam');
    expect(await renameIdentity('Sam R')).toBe(true);
    const loaded = await loadIdentity();
    expect(loaded?.name).toBe('Sam R');
    expect(loaded?.publicKey).toBe(made.publicKey);
  });

  it('has nothing to rename before there is an identity', async () => {
    expect(await renameIdentity('Sam')).toBe(false);
    expect(await loadIdentity()).toBeUndefined();
  });

  it('never replaces a stored identity, even one that does not parse', async () => {
    await (await getDb()).put(STORES.keys, { id: 'identity', name: 'damaged' });
    await expect(createIdentity('Sam')).rejects.toBeInstanceOf(StorageError);
    expect(await (await getDb()).get(STORES.keys, 'identity')).toEqual({ id: 'identity', name: 'damaged' });
  });

  it('makes no second identity beside one stored before under the old key', async () => {
    await (await getDb()).put(STORES.keys, { id: 'device', name: 'made before' });
    await expect(createIdentity('Sam')).rejects.toBeInstanceOf(StorageError);
    expect(await (await getDb()).get(STORES.keys, 'identity')).toBeUndefined();
  });
});
