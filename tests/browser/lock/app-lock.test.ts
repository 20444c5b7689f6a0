// The app lock against real IndexedDB and Web Crypto: what is on the disk while locked, what a wrong passphrase
// changes (nothing), what a new passphrase changes (only the wrapped key), and a lock change interrupted half-way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownBytes } from '../../../src/lib/bytes';
import { lockStatus } from '../../../src/state/app-lock';
import {
  changePassphrase,
  forgetKey,
  loadLockState,
  turnLockOff,
  turnLockOn,
  unlock,
} from '../../../src/state/app-lock-engine';
import { dispatchLock } from '../../../src/state/app-lock-machine';
import { isSealed, SEALED_FIELD } from '../../../src/storage/at-rest';
import { convertBatch } from '../../../src/storage/at-rest-convert';
import { SEALED_STORES } from '../../../src/storage/at-rest-policy';
import { readBackupStores } from '../../../src/storage/backup';
import { closeDb } from '../../../src/storage/db';
import { listAllEntries, saveEntry } from '../../../src/storage/entries-store';
import { loadLockRecord } from '../../../src/storage/lock-store';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { STORES, type StoreName } from '../../../src/storage/schema';
import { StorageError } from '../../../src/storage/storage-error';
import { makeEntry } from '../../fixtures/journal-builders';
import { freshLockDatabase } from './fresh-database';
import { containsText, fingerprint, readRaw, writeRaw } from './raw-stores';

const SECRET = 'PRIVATE-MARKER';
const PASS = 'correct horse battery';
const PER_STORE = 12;

/** The stores whose every record is sealed, with their clear fields (the settings store seals one record only). */
const WHOLE_STORES = Object.entries(SEALED_STORES).flatMap(([store, policy]) =>
  policy && 'clear' in policy ? [{ store: store as StoreName, clear: policy.clear }] : [],
);
const SEALED_STORE_NAMES = WHOLE_STORES.map(({ store }) => store);
const clearOf = (store: StoreName) => WHOLE_STORES.find((s) => s.store === store)?.clear ?? [];

/** Plain records for every sealed store: clear fields set, and the secret in text, nested text and bytes. */
function plainRecords(store: StoreName): Record<string, unknown>[] {
  return Array.from({ length: PER_STORE }, (_, i) => {
    const record: Record<string, unknown> = {};
    for (const field of clearOf(store)) record[field] = `2026-11-${String(10 + (i % 9)).padStart(2, '0')}`;
    record.id = `${store}-${i}`;
    record.text = `${SECRET} ${store} ${i}`;
    record.nested = { note: `${SECRET} nested`, list: [1, 2, { deep: SECRET }] };
    record.audio = new TextEncoder().encode(`${SECRET} audio bytes`).buffer;
    return record;
  });
}

async function seedAll(): Promise<Record<string, Record<string, unknown>[]>> {
  const seeded: Record<string, Record<string, unknown>[]> = {};
  for (const store of SEALED_STORE_NAMES) {
    seeded[store] = plainRecords(store);
    await writeRaw(store, seeded[store]);
  }
  // A store the lock does not seal, to prove it is left alone.
  await writeRaw(STORES.packs, [{ slot: 'previous', note: 'not sealed' }]);
  return seeded;
}

async function sealedDump(): Promise<Record<string, unknown[]>> {
  return readRaw(SEALED_STORE_NAMES);
}

/** Opens every record through the app's own backup reader (which decrypts) and compares with what was seeded. */
async function expectAllReadable(seeded: Record<string, Record<string, unknown>[]>): Promise<void> {
  const stores = await readBackupStores();
  for (const store of SEALED_STORE_NAMES) {
    expect(fingerprint(stores[store])).toBe(fingerprint(seeded[store]));
  }
}

/** What a reload does to this module's memory: the key is gone, the lock state is read again. */
async function simulateReload(): Promise<void> {
  dispatchLock({ type: 'forget' });
  await closeDb();
  await loadLockState();
}

describe('app lock', () => {
  beforeEach(freshLockDatabase);
  afterEach(() => setBadRecordReporter(() => {}));

  it('seals every sensitive record in place: the secret is nowhere in the raw stores, keys and dates stay clear', async () => {
    const seeded = await seedAll();
    await turnLockOn(PASS, 5);
    const raw = await sealedDump();
    expect(containsText(raw, SECRET)).toBe(false);
    for (const store of SEALED_STORE_NAMES) {
      expect(raw[store]).toHaveLength(PER_STORE);
      for (const value of raw[store] ?? []) {
        expect(isSealed(value)).toBe(true);
        const clear = Object.keys(value as object).filter((k) => k !== SEALED_FIELD);
        expect(clear.sort()).toEqual([...clearOf(store)].sort());
      }
    }
    expect((await readRaw([STORES.packs])).packs).toEqual([{ slot: 'previous', note: 'not sealed' }]);
    expect((await loadLockRecord())?.state).toBe('on');
    await expectAllReadable(seeded);
  });

  it('while locked, reads and writes are refused and nothing on disk changes', async () => {
    await seedAll();
    await turnLockOn(PASS, 5);
    const before = fingerprint(await sealedDump());
    forgetKey();
    expect(lockStatus.value).toBe('locked');
    await expect(listAllEntries()).rejects.toMatchObject({ kind: 'locked' });
    await expect(saveEntry(makeEntry({ id: 'new', text: SECRET }))).rejects.toBeInstanceOf(StorageError);
    expect(fingerprint(await sealedDump())).toBe(before);
  });

  it('a wrong passphrase changes nothing; repeated wrong tries make the next try wait', async () => {
    const seeded = await seedAll();
    await turnLockOn(PASS, 5);
    await simulateReload();
    expect(lockStatus.value).toBe('locked');
    const before = fingerprint(await readRaw([...SEALED_STORE_NAMES, STORES.keys]));
    expect(await unlock('wrong one')).toEqual({ ok: false, reason: 'wrong', retryInMs: 0 });
    expect(await unlock('wrong two')).toEqual({ ok: false, reason: 'wrong', retryInMs: 0 });
    const third = await unlock('wrong three');
    expect(third.ok).toBe(false);
    expect(!third.ok && third.retryInMs).toBeGreaterThan(0);
    // Even the right passphrase waits now.
    const waiting = await unlock(PASS);
    expect(waiting.ok === false && waiting.reason).toBe('wait');
    expect(lockStatus.value).toBe('locked');
    expect(fingerprint(await readRaw([...SEALED_STORE_NAMES, STORES.keys]))).toBe(before);
    // Once the wait is over (the counter lives in localStorage), the right passphrase opens everything.
    localStorage.removeItem('stillpoint:lock-failures');
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(lockStatus.value).toBe('unlocked');
    await expectAllReadable(seeded);
  });

  it('changing the passphrase re-wraps the key only: no record is re-encrypted', async () => {
    const seeded = await seedAll();
    await turnLockOn(PASS, 5);
    const records = fingerprint(await sealedDump());
    const oldRecord = await loadLockRecord();
    expect((await changePassphrase('not it', 'a new passphrase')).ok).toBe(false);
    expect(await changePassphrase(PASS, 'a new passphrase')).toEqual({ ok: true });
    expect(fingerprint(await sealedDump())).toBe(records);
    const newRecord = await loadLockRecord();
    expect(fingerprint(newRecord?.wrapped)).not.toBe(fingerprint(oldRecord?.wrapped));
    await simulateReload();
    localStorage.clear();
    expect((await unlock(PASS)).ok).toBe(false);
    localStorage.clear();
    expect(await unlock('a new passphrase')).toEqual({ ok: true });
    await expectAllReadable(seeded);
  });

  it('turning the lock on, interrupted half-way, resumes after unlock and loses nothing', async () => {
    const seeded = await seedAll();
    // Start turning on exactly as turnLockOn does, but stop after one batch (a crash or a closed tab).
    const { createDataKey } = await import('../../../src/platform/lock-key');
    const { saveLockRecord } = await import('../../../src/storage/lock-store');
    const { key, stored } = await createDataKey(PASS);
    const record = {
      id: 'app-lock',
      state: 'turning-on',
      ...stored,
      idleMinutes: 5,
      changedAt: 'x',
      policy: 2,
    } as const;
    await saveLockRecord(record);
    dispatchLock({ type: 'unlocked', record, key });
    expect(await convertBatch(key, 'on', new Set())).toBeGreaterThan(0);
    const mixed = await sealedDump();
    const sealedCount = Object.values(mixed).flat().filter(isSealed).length;
    expect(sealedCount).toBeGreaterThan(0);
    expect(sealedCount).toBeLessThan(SEALED_STORE_NAMES.length * PER_STORE);

    await simulateReload();
    expect(lockStatus.value).toBe('locked');
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(containsText(await sealedDump(), SECRET)).toBe(false);
    expect((await loadLockRecord())?.state).toBe('on');
    await expectAllReadable(seeded);
  });

  it('turning the lock off, interrupted half-way, resumes after unlock and ends with every record plain', async () => {
    const seeded = await seedAll();
    await turnLockOn(PASS, 5);
    const record = await loadLockRecord();
    if (!record) throw new Error('no lock record');
    const { saveLockRecord } = await import('../../../src/storage/lock-store');
    const { openDataKey } = await import('../../../src/platform/lock-key');
    await saveLockRecord({ ...record, state: 'turning-off' });
    const key = await openDataKey(
      {
        salt: ownBytes(record.salt),
        iterations: record.iterations,
        iv: ownBytes(record.iv),
        wrapped: ownBytes(record.wrapped),
      },
      PASS,
    );
    if (!key) throw new Error('no key');
    await convertBatch(key, 'off', new Set());

    await simulateReload();
    expect(lockStatus.value).toBe('locked');
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(lockStatus.value).toBe('off');
    expect(await loadLockRecord()).toBeUndefined();
    expect(
      Object.values(await sealedDump())
        .flat()
        .some(isSealed),
    ).toBe(false);
    await expectAllReadable(seeded);
  });

  it('turns off cleanly with the passphrase, and refuses a wrong one without touching anything', async () => {
    const seeded = await seedAll();
    await turnLockOn(PASS, 5);
    const before = fingerprint(await sealedDump());
    expect((await turnLockOff('nope')).ok).toBe(false);
    expect(fingerprint(await sealedDump())).toBe(before);
    expect(await turnLockOff(PASS)).toEqual({ ok: true });
    expect(lockStatus.value).toBe('off');
    expect(fingerprint(await sealedDump())).toBe(fingerprint(seeded));
  });

  it('a sealed value moved onto another record does not open: it is skipped and reported, never shown', async () => {
    await saveEntry(makeEntry({ id: 'a', text: 'first' }));
    await saveEntry(makeEntry({ id: 'b', text: 'second', createdAt: '2026-11-03T18:00:00.000Z' }));
    await turnLockOn(PASS, 5);
    const raw = (await readRaw([STORES.entries])).entries as Record<string, unknown>[];
    const a = raw.find((r) => r.id === 'a');
    const b = raw.find((r) => r.id === 'b');
    await writeRaw(STORES.entries, [{ ...b, [SEALED_FIELD]: a?.[SEALED_FIELD] }]);
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    const entries = await listAllEntries();
    expect(entries.map((e) => e.text)).toEqual(['first']);
    expect(reported).toEqual(['b']);
  });

  it('new saves while unlocked are sealed on the way in', async () => {
    await turnLockOn(PASS, 5);
    await saveEntry(makeEntry({ id: 'fresh', text: `${SECRET} typed after the lock` }));
    expect(containsText(await readRaw([STORES.entries, STORES.drafts]), SECRET)).toBe(false);
    expect((await listAllEntries())[0]?.text).toContain('typed after the lock');
  });
});
