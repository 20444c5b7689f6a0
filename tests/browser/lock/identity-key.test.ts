// The device's identity (its sharing key pair) under the app lock, against real IndexedDB and Web Crypto: with the
// lock on, the raw keys store holds no usable private key (no CryptoKey, no JWK `d`, not the key's bytes); after an
// unlock, a new passphrase, the lock turned off and on again, or a lock change cut off half-way, the same key still
// opens shares sent to this device and still proves this device sent its replies.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../../src/domain/share-records';
import { deviceKeyOf, ensureIdentity, publicKeyBytes } from '../../../src/features/sharing/identity';
import { openSealed } from '../../../src/features/sharing/open-bundle';
import { sealReplyBundle, sealShareBundle } from '../../../src/features/sharing/seal-bundle';
import { fromBase64Url, toBase64Url } from '../../../src/lib/base64url';
import { createDataKey } from '../../../src/platform/lock-key';
import { openFromSender } from '../../../src/platform/sender-box';
import { lockStatus } from '../../../src/state/app-lock';
import { changePassphrase, loadLockState, turnLockOff, turnLockOn, unlock } from '../../../src/state/app-lock-engine';
import { dispatchLock, lockState } from '../../../src/state/app-lock-machine';
import { isSealed, SEALED_FIELD } from '../../../src/storage/at-rest';
import { type ConversionDirection, convertBatch } from '../../../src/storage/at-rest-convert';
import { SEAL_POLICY } from '../../../src/storage/at-rest-policy';
import { closeDb } from '../../../src/storage/db';
import { loadIdentity } from '../../../src/storage/keys-store';
import { loadLockRecord, saveLockRecord } from '../../../src/storage/lock-store';
import { STORES, type StoreName } from '../../../src/storage/schema';
import { makeJournalItem } from '../../fixtures/sharing/builders';
import { makeIdentity } from '../../fixtures/sharing/devices';
import { freshLockDatabase } from './fresh-database';
import { containsText, readRaw, writeRaw } from './raw-stores';

const PASS = 'correct horse battery';
const NAME = 'IDENTITY-NAME-MARKER';
const ALL_STORES = Object.values(STORES) as StoreName[];
const ECDH = { name: 'ECDH', namedCurve: 'P-256' };

/** What a reload does to the lock's memory: the key is gone, the lock state is read again. */
async function simulateReload(): Promise<void> {
  dispatchLock({ type: 'forget' });
  await closeDb();
  await loadLockState();
}

/** The stored identity record exactly as it is on the disk. */
async function rawIdentity(): Promise<Record<string, unknown> | undefined> {
  const keys = ((await readRaw([STORES.keys])).keys ?? []) as Record<string, unknown>[];
  return keys.find((record) => record.id === 'identity');
}

/** The private scalar (a JWK's `d`) in the PKCS#8 bytes of the identity as stored with the lock off. */
async function privateScalarOnDisk(): Promise<Uint8Array> {
  const pkcs8 = (await rawIdentity())?.privateKey;
  if (!(pkcs8 instanceof Uint8Array)) throw new Error('no plain identity on the disk');
  // Test only: imported once as extractable, to learn the very bytes an attacker would look for.
  const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), ECDH, true, ['deriveBits']);
  const scalar = fromBase64Url((await crypto.subtle.exportKey('jwk', key)).d ?? '');
  if (scalar?.length !== 32) throw new Error('no private scalar');
  return scalar;
}

function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Every place in raw values where a private key could be used or read: a CryptoKey, a `d`, or the scalar's bytes. */
function privateKeyMaterial(value: unknown, scalar: Uint8Array, path = '$'): string[] {
  if (value instanceof CryptoKey) return [`${path}: a ${value.type} CryptoKey`];
  if (value instanceof ArrayBuffer) return privateKeyMaterial(new Uint8Array(value), scalar, path);
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return includesBytes(bytes, scalar) ? [`${path}: the private key's bytes`] : [];
  }
  if (typeof value === 'string') {
    return value.includes(toBase64Url(scalar)) ? [`${path}: the private key in base64url`] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(key === 'd' || key === 'privateKey' || key === 'keyPair' ? [`${path}.${key}: a private key field`] : []),
    ...privateKeyMaterial(inner, scalar, `${path}.${key}`),
  ]);
}

/** A share from a patient to this device (the coach), which only this device's private key opens. */
async function shareTo(coach: Identity, patient: Identity) {
  const { sealed } = await sealShareBundle({
    items: [makeJournalItem()],
    from: patient,
    recipientPublicKey: publicKeyBytes(coach.publicKey),
    expiresAt: null,
  });
  return sealed;
}

/** Asserts the stored identity is the one made at first, and works both ways: it opens a share, and signs a reply. */
async function expectIdentityWorks(made: Identity): Promise<void> {
  const patient = await makeIdentity('Sam');
  const loaded = await loadIdentity();
  if (!loaded) throw new Error('no identity');
  expect(loaded.publicKey).toBe(made.publicKey);
  expect(loaded.keyPair.privateKey.extractable).toBe(false);
  await expect(crypto.subtle.exportKey('pkcs8', loaded.keyPair.privateKey)).rejects.toThrow();
  const opened = await openSealed(await shareTo(loaded, patient), loaded);
  expect(opened.ok && opened.value.bundle.sender.name).toBe('Sam');
  const { sealed } = await sealReplyBundle({
    comments: [{ id: 'c1', itemId: 'i1', itemLabel: 'Entry', text: 'Thank you.', createdAt: '2026-11-12T10:00:00Z' }],
    from: loaded,
    recipientPublicKey: publicKeyBytes(patient.publicKey),
  });
  const reply = await openFromSender(sealed, deviceKeyOf(patient));
  expect(reply.ok && toBase64Url(reply.senderPublicKey)).toBe(made.publicKey);
}

/** Starts a lock change exactly as the engine does, then stops after `batches` batches: a crash or a closed tab. */
async function interruptedChange(direction: ConversionDirection, batches: number): Promise<void> {
  if (direction === 'on') {
    const { key, stored } = await createDataKey(PASS);
    const record = {
      id: 'app-lock',
      state: 'turning-on',
      ...stored,
      idleMinutes: 5,
      changedAt: 'x',
      policy: SEAL_POLICY,
    } as const;
    await saveLockRecord(record);
    dispatchLock({ type: 'unlocked', record, key });
    for (let i = 0; i < batches; i++) await convertBatch(key, 'on', new Set());
    return;
  }
  await turnLockOn(PASS, 5);
  const record = await loadLockRecord();
  const state = lockState.value;
  const key = state.status === 'unlocked' ? state.key : undefined;
  if (!record || !key) throw new Error('the lock is not on and unlocked');
  await saveLockRecord({ ...record, state: 'turning-off' });
  for (let i = 0; i < batches; i++) await convertBatch(key, 'off', new Set());
}

/** Plain journal entries on the disk, enough for three conversion batches before the keys store's turn. */
async function seedEntries(): Promise<void> {
  const entries = Array.from({ length: 60 }, (_, i) => ({
    id: `entry-${String(i).padStart(2, '0')}`,
    createdAt: '2026-11-10T09:00:00.000Z',
    text: `entry ${i}`,
  }));
  await writeRaw(STORES.entries, entries);
}

describe('the device identity under the app lock', () => {
  beforeEach(freshLockDatabase);

  it('with the lock on, leaves no usable private key on the disk; after unlocking, shares still open', async () => {
    const made = await ensureIdentity(NAME);
    const scalar = await privateScalarOnDisk();
    // The check can fail: with the lock off, the key's bytes are on the disk and it finds them.
    expect(privateKeyMaterial(await readRaw([STORES.keys]), scalar)).not.toEqual([]);

    await turnLockOn(PASS, 5);
    const raw = await readRaw(ALL_STORES);
    expect(privateKeyMaterial(raw, scalar)).toEqual([]);
    expect(containsText(raw, NAME)).toBe(false);
    const stored = await rawIdentity();
    expect(isSealed(stored)).toBe(true);
    expect(Object.keys(stored ?? {}).sort()).toEqual([SEALED_FIELD, 'id'].sort());

    await simulateReload();
    expect(lockStatus.value).toBe('locked');
    await expect(loadIdentity()).rejects.toMatchObject({ kind: 'locked' });
    expect(await unlock(PASS)).toEqual({ ok: true });
    await expectIdentityWorks(made);
  });

  it('keeps working after the passphrase changes, without the sealed identity being touched', async () => {
    const made = await ensureIdentity('Dr Rivera');
    await turnLockOn(PASS, 5);
    const before = await rawIdentity();
    expect(await changePassphrase(PASS, 'a new passphrase')).toEqual({ ok: true });
    expect(await rawIdentity()).toEqual(before);
    await simulateReload();
    expect(await unlock('a new passphrase')).toEqual({ ok: true });
    await expectIdentityWorks(made);
  });

  it('goes back to a plain record of the same key when the lock is turned off, and is sealed again when it is on', async () => {
    const made = await ensureIdentity('Dr Rivera');
    const scalar = await privateScalarOnDisk();
    await turnLockOn(PASS, 5);
    expect(await turnLockOff(PASS)).toEqual({ ok: true });
    expect(isSealed(await rawIdentity())).toBe(false);
    expect(await privateScalarOnDisk()).toEqual(scalar);
    await expectIdentityWorks(made);

    await turnLockOn(PASS, 5);
    expect(privateKeyMaterial(await readRaw(ALL_STORES), scalar)).toEqual([]);
    await expectIdentityWorks(made);
  });

  // 1 batch: the identity is not converted yet; 4: every record is, but the change did not finish.
  it.each([
    ['on', 1],
    ['on', 4],
    ['off', 1],
    ['off', 4],
  ] as const)(
    'stays usable when turning the lock %s stops after %i batches, and the change finishes on unlock',
    async (direction, batches) => {
      await seedEntries();
      const made = await ensureIdentity('Dr Rivera');
      await interruptedChange(direction, batches);
      expect(isSealed(await rawIdentity())).toBe(direction === 'on' ? batches === 4 : batches < 4);

      await simulateReload();
      expect(lockStatus.value).toBe('locked');
      expect(await unlock(PASS)).toEqual({ ok: true });
      expect(lockStatus.value).toBe(direction === 'on' ? 'unlocked' : 'off');
      expect(isSealed(await rawIdentity())).toBe(direction === 'on');
      await expectIdentityWorks(made);
    },
  );

  it('reads an identity stored before as a CryptoKeyPair, lock on or off, and leaves it as it is', async () => {
    const legacy = await makeIdentity('Dr Rivera');
    await writeRaw(STORES.keys, [legacy]);
    await turnLockOn(PASS, 5);
    const stored = ((await readRaw([STORES.keys])).keys ?? []).find((r) => (r as { id: string }).id === 'device');
    expect(isSealed(stored)).toBe(false);
    await expectIdentityWorks(legacy);
    expect((await ensureIdentity('Dr R')).publicKey).toBe(legacy.publicKey);
    expect(await rawIdentity()).toBeUndefined();
  });
});
