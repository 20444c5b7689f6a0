import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReadinessRecordSchema } from '../../../src/domain/readiness-record';
import { ScreeningRecordSchema } from '../../../src/domain/screening';
import { getDb } from '../../../src/storage/db';
import { StoredPackSchema } from '../../../src/storage/packs-store';
import { addCareTeamNote, listReadiness, loadReadiness, saveReadiness } from '../../../src/storage/readiness-store';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { STORES } from '../../../src/storage/schema';
import { latestScreening, saveScreening } from '../../../src/storage/screenings-store';
import { makeScreening } from '../../fixtures/safety-builders';
import { openTestDb } from '../../fixtures/test-db';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/databases/v1.safety.json'), 'utf8'),
) as { stores: Record<string, unknown[]> };

function makeRecord(id: string, createdAt: string) {
  return ReadinessRecordSchema.parse({ ...(fixture.stores.readiness?.[0] as object), id, createdAt });
}

describe('the safety stores', () => {
  beforeEach(openTestDb);

  it('reads every saved v1 safety record with today’s schemas', () => {
    for (const pack of fixture.stores.packs ?? []) expect(StoredPackSchema.safeParse(pack).success).toBe(true);
    for (const s of fixture.stores.screenings ?? []) expect(ScreeningRecordSchema.safeParse(s).success).toBe(true);
    for (const r of fixture.stores.readiness ?? []) expect(ReadinessRecordSchema.safeParse(r).success).toBe(true);
  });

  it('lists check-ins newest first, skipping and reporting a damaged one', async () => {
    const reported: unknown[] = [];
    setBadRecordReporter((store, key) => reported.push([store, key]));
    await saveReadiness(makeRecord('old', '2026-11-01T09:00:00.000Z'));
    await saveReadiness(makeRecord('new', '2026-11-05T09:00:00.000Z'));
    await (await getDb()).put(STORES.readiness, { id: 'bad', createdAt: '2026-11-03T09:00:00.000Z', decision: 'go' });
    expect((await listReadiness()).map((r) => r.id)).toEqual(['new', 'old']);
    expect(reported).toEqual([[STORES.readiness, 'bad']]);
    setBadRecordReporter(() => {});
  });

  it('keeps a care-team note with a held check-in and never changes its decision', async () => {
    await saveReadiness({ ...makeRecord('held', '2026-11-05T09:00:00.000Z'), decision: 'hold' });
    await addCareTeamNote('held', { at: '2026-11-05T10:00:00.000Z', text: 'Cleared by Dr Lee.' });
    const saved = await loadReadiness('held');
    expect(saved?.decision).toBe('hold');
    expect(saved?.careTeamNotes).toEqual([{ at: '2026-11-05T10:00:00.000Z', text: 'Cleared by Dr Lee.' }]);
  });

  it('refuses a note for a check-in that does not exist', async () => {
    await expect(addCareTeamNote('missing', { at: 'x', text: 'y' })).rejects.toThrow(/could not be found/);
  });

  it('gives the latest screening', async () => {
    await saveScreening(makeScreening({ id: 'a', completedAt: '2026-10-01T09:00:00.000Z' }));
    await saveScreening(makeScreening({ id: 'b', completedAt: '2026-11-01T09:00:00.000Z' }));
    expect((await latestScreening())?.id).toBe('b');
  });
});
