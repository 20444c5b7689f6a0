// The app lock against real IndexedDB: with the lock on, a raw dump of every store holds nothing a person wrote but
// the fields the lock's own words list as readable while locked; sealed lengths tell nothing about a questionnaire's
// band or item 9; a plain record in a sealed store, or a clear field changed on the disk, is damaged, never shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PHQ9 } from '../../../src/content/scales/phq9';
import type { CarePlan } from '../../../src/domain/care-plan';
import type { ScaleResult } from '../../../src/domain/scale-result';
import { scoreAnswers } from '../../../src/domain/scale-scoring';
import { turnLockOn } from '../../../src/state/app-lock-engine';
import { dispatchLock } from '../../../src/state/app-lock-machine';
import { isSealed, SEALED_FIELD } from '../../../src/storage/at-rest';
import { SEALED_STORES } from '../../../src/storage/at-rest-policy';
import { loadCarePlan, loadEmergencyDetails, saveCarePlan } from '../../../src/storage/care-plan-store';
import { listAllEntries, saveEntry } from '../../../src/storage/entries-store';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { saveScaleResult } from '../../../src/storage/scale-results-store';
import { STORES, type StoreName } from '../../../src/storage/schema';
import { saveSettings } from '../../../src/storage/settings-store';
import { makeEntry } from '../../fixtures/journal-builders';
import { freshLockDatabase } from './fresh-database';
import { containsText, readRaw, writeRaw } from './raw-stores';

const MARKER = 'WRITTEN-BY-ME';
const PASS = 'correct horse battery';
const ALL_STORES = Object.values(STORES) as StoreName[];

/** A care plan with the marker in every field a person can write. */
function markedCarePlan(): CarePlan {
  const person = { name: `${MARKER} person`, phone: '+1 555 0100' };
  return {
    sitter: person,
    careTeam: person,
    prescriber: person,
    medicines: [{ name: `${MARKER} medicine`, instructions: `${MARKER} as usual` }],
    prescription: {
      medicine: `${MARKER} medicine`,
      doseAsWritten: `${MARKER} dose`,
      boosterPrescribed: true,
      boosterInstructions: `${MARKER} booster`,
      notes: `${MARKER} notes`,
    },
    cautionBandAllowed: false,
    allergies: `${MARKER} allergies`,
    updatedAt: '2026-11-01T09:00:00.000Z',
  };
}

/** Records for every store the lock seals whole, with the marker in a text field, a nested one and bytes. */
async function seedEveryWholeStore(): Promise<void> {
  for (const [store, policy] of Object.entries(SEALED_STORES)) {
    if (!policy || !('clear' in policy)) continue;
    const records = Array.from({ length: 3 }, (_, i) => {
      const record: Record<string, unknown> = {};
      for (const field of policy.clear) record[field] = `2026-11-1${i}`;
      return {
        ...record,
        id: `${store}-${i}`,
        text: `${MARKER} ${i}`,
        nested: { list: [{ deep: MARKER }] },
        audio: new TextEncoder().encode(MARKER).buffer,
      };
    });
    await writeRaw(store as StoreName, records);
  }
}

/** A raw dump of every store, the care plan's readable-while-locked fields taken out. */
async function dumpWithoutReadableFields(): Promise<Record<string, unknown[]>> {
  const dump = await readRaw(ALL_STORES);
  dump.settings = (dump.settings ?? []).map((record) => {
    const { key, value, ...rest } = record as { key: string; value?: Record<string, unknown> };
    if (key !== 'care-plan' || !value) return record;
    const { sitter: _s, careTeam: _c, prescriber: _p, medicines: _m, allergies: _a, ...other } = value;
    return { key, value: other, ...rest };
  });
  return dump;
}

/** A PHQ-9 result scored by the app's own rules, for answers that total `total`, with item 9 as given. */
function phq9Result(total: number, item9: number): ScaleResult {
  const answers: Record<string, number> = {};
  let left = total - item9;
  for (const item of PHQ9.items) {
    if (item.id === 'phq9-9') {
      answers[item.id] = item9;
      continue;
    }
    answers[item.id] = Math.min(3, left);
    left -= answers[item.id] ?? 0;
  }
  const score = scoreAnswers(PHQ9, answers);
  return {
    id: `phq9-${total}-${item9}`,
    scaleId: 'phq9',
    completedAt: '2026-11-01T09:00:00.000Z',
    answers,
    total: score.total,
    band: score.band.label,
    needsAttention: score.needsAttention,
    ...(score.attentionReason ? { attentionReason: score.attentionReason } : {}),
  };
}

describe('the app lock seals every store', () => {
  beforeEach(freshLockDatabase);
  afterEach(() => setBadRecordReporter(() => {}));

  it('leaves the marker on disk only in the fields listed as readable while locked', async () => {
    await seedEveryWholeStore();
    await saveCarePlan(markedCarePlan());
    await saveSettings({ role: 'patient', firstRunDone: true, theme: 'dim', persistenceAskedAt: null });
    await turnLockOn(PASS, 5);

    expect(containsText(await dumpWithoutReadableFields(), MARKER)).toBe(false);
    // The listed fields really are there in the clear: what the emergency card reads while locked.
    const raw = (await readRaw([STORES.settings])).settings?.find((r) => (r as { key: string }).key === 'care-plan');
    expect(isSealed(raw)).toBe(true);
    dispatchLock({ type: 'forget' });
    const details = await loadEmergencyDetails();
    expect(details.sitter?.name).toBe(`${MARKER} person`);
    expect(details.medicines[0]?.instructions).toBe(`${MARKER} as usual`);
    expect(details.allergies).toBe(`${MARKER} allergies`);
    expect(details).not.toHaveProperty('prescription');
    await expect(loadCarePlan()).rejects.toMatchObject({ kind: 'locked' });
  });

  it('seals PHQ-9 results of every band, with and without item 9, to the same length', async () => {
    await turnLockOn(PASS, 5);
    const results = [0, 5, 10, 15, 20, 27].flatMap((total) =>
      total >= 3 ? [phq9Result(total, 0), phq9Result(total, 3)] : [phq9Result(total, 0)],
    );
    expect(new Set(results.map((r) => r.band)).size).toBe(5);
    expect(results.some((r) => r.needsAttention)).toBe(true);
    for (const result of results) await saveScaleResult(result);
    const raw = (await readRaw([STORES.scaleResults])).scaleResults ?? [];
    expect(raw).toHaveLength(results.length);
    const lengths = new Set(raw.map((r) => (r as { [SEALED_FIELD]: { data: Uint8Array } })[SEALED_FIELD].data.length));
    expect([...lengths]).toHaveLength(1);
  });

  it('treats a plain record in a sealed store as damaged while the lock is on: reported, skipped, never shown', async () => {
    await saveEntry(makeEntry({ id: 'sealed', text: 'kept private' }));
    await turnLockOn(PASS, 5);
    await writeRaw(STORES.entries, [makeEntry({ id: 'planted', text: 'planted in the clear' })]);
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    expect((await listAllEntries()).map((e) => e.id)).toEqual(['sealed']);
    expect(reported).toEqual(['planted']);
  });

  it('binds the clear fields: a date changed on the disk makes the record fail to open', async () => {
    await saveEntry(makeEntry({ id: 'a', text: 'first', createdAt: '2026-11-02T10:00:00.000Z' }));
    await turnLockOn(PASS, 5);
    const [stored] = ((await readRaw([STORES.entries])).entries ?? []) as Record<string, unknown>[];
    await writeRaw(STORES.entries, [{ ...stored, createdAt: '2020-01-01T00:00:00.000Z' }]);
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    expect(await listAllEntries()).toEqual([]);
    expect(reported).toEqual(['a']);
  });
});
