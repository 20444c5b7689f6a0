import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../src/content/default-pack';
import { parsePackText } from '../../../src/domain/protocol-pack-import';
import {
  activePack,
  applyImportedPack,
  loadActivePack,
  previousPack,
  readPackInForce,
  resetPackState,
  restorePack,
} from '../../../src/state/protocol-pack';
import { getDb } from '../../../src/storage/db';
import { loadStoredPack } from '../../../src/storage/packs-store';
import { STORES } from '../../../src/storage/schema';
import { makePack } from '../../fixtures/safety-builders';
import { openTestDb } from '../../fixtures/test-db';

function clinicPack() {
  return makePack((p) => {
    p.id = 'clinic';
    p.version = '3';
    p.readiness.bloodPressure.hold.systolic = 150;
  });
}

async function importText(text: string): Promise<string | undefined> {
  const parsed = parsePackText(text);
  if (!parsed.ok) return parsed.message;
  await applyImportedPack(parsed.pack, 'file');
  return undefined;
}

describe('the active protocol pack', () => {
  beforeEach(async () => {
    await openTestDb();
    resetPackState();
  });

  it('falls back to the default pack on a fresh install', async () => {
    await loadActivePack();
    expect(activePack.value.pack).toEqual(DEFAULT_PACK);
    expect(previousPack.value).toBeUndefined();
  });

  it('applies a valid pack, keeps the previous one, and finds it again after a restart', async () => {
    await loadActivePack();
    expect(await importText(JSON.stringify(clinicPack()))).toBeUndefined();
    resetPackState();
    await loadActivePack();
    expect(activePack.value.pack.readiness.bloodPressure.hold.systolic).toBe(150);
    expect(activePack.value.source).toBe('file');
    expect(previousPack.value?.pack).toEqual(DEFAULT_PACK);
  });

  it('uses this build’s default where a stored copy of an older default is restored, and reads it at a tap', async () => {
    // A copy of the default as an earlier build wrote it: the hold at 160/100, "at or above", a low heart-rate limit.
    const olderDefault = makePack((p) => {
      p.version = '2026.11.1';
      delete p.readiness.bloodPressure.compare;
      p.readiness.bloodPressure.hold.diastolic = 100;
      p.readiness.heartRate = { id: 'heart-rate', holdAtOrAbove: 100, holdBelow: 50, sources: ['Older default'] };
    });
    await loadActivePack();
    await applyImportedPack(clinicPack(), 'file');
    const db = await getDb();
    await db.put(STORES.packs, { slot: 'previous', pack: olderDefault, source: 'default', appliedAt: '2026-11-01' });
    resetPackState();
    await loadActivePack();
    expect(await restorePack()).toBe(true);
    expect(activePack.value.pack).toEqual(DEFAULT_PACK);
    expect(await readPackInForce()).toEqual(DEFAULT_PACK);
  });

  it('restores the previous pack, and the replaced one becomes restorable in turn', async () => {
    await loadActivePack();
    await importText(JSON.stringify(clinicPack()));
    expect(await restorePack()).toBe(true);
    expect(activePack.value.pack).toEqual(DEFAULT_PACK);
    resetPackState();
    await loadActivePack();
    expect(activePack.value.pack).toEqual(DEFAULT_PACK);
    expect(previousPack.value?.pack.id).toBe('clinic');
  });

  it.each([
    ['wrong types', JSON.stringify({ ...DEFAULT_PACK, version: 3 }), /version should be text/],
    [
      'missing sources',
      JSON.stringify({ ...DEFAULT_PACK, crisis: { ...DEFAULT_PACK.crisis, sources: [] } }),
      /no source/,
    ],
    ['an unknown version', JSON.stringify({ ...DEFAULT_PACK, format: 9 }), /format 9/],
    ['a huge file', JSON.stringify({ ...DEFAULT_PACK, x: 'y'.repeat(300_000) }), /at most 256 KiB/],
  ])('refuses %s with a clear message and changes nothing stored', async (_what, text, message) => {
    await loadActivePack();
    await importText(JSON.stringify(clinicPack()));
    expect(await importText(text)).toMatch(message);
    expect((await loadStoredPack('active'))?.pack.id).toBe('clinic');
    expect((await loadStoredPack('previous'))?.pack).toEqual(DEFAULT_PACK);
    expect(activePack.value.pack.id).toBe('clinic');
  });

  it('falls back to the default when the stored pack is damaged', async () => {
    const db = await getDb();
    await db.put(STORES.packs, { slot: 'active', pack: { format: 1 }, source: 'file', appliedAt: 'x' });
    await loadActivePack();
    expect(activePack.value.pack).toEqual(DEFAULT_PACK);
  });
});
