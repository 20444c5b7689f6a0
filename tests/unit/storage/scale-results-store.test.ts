import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../src/storage/db';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import {
  lastCompletedByScale,
  listScaleResults,
  loadScaleResult,
  saveScaleResult,
} from '../../../src/storage/scale-results-store';
import { makeScaleResult } from '../../fixtures/scale-results';
import { openTestDb } from '../../fixtures/test-db';

describe('the scale results store', () => {
  beforeEach(openTestDb);

  it('keeps a result with its answers, score, band and attention flag', async () => {
    const result = makeScaleResult({ needsAttention: true, attentionReason: 'phq9-item9', sessionId: 's1' });
    await saveScaleResult(result);
    expect(await loadScaleResult(result.id)).toEqual(result);
  });

  it('lists results oldest first, the order a trend is drawn in', async () => {
    const late = makeScaleResult({ completedAt: '2026-11-10T09:00:00.000Z' });
    const early = makeScaleResult({ completedAt: '2026-11-01T09:00:00.000Z' });
    await saveScaleResult(late);
    await saveScaleResult(early);
    expect((await listScaleResults()).map((r) => r.id)).toEqual([early.id, late.id]);
  });

  it('skips and reports a stored record that does not parse, without failing the list', async () => {
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    const good = makeScaleResult();
    await saveScaleResult(good);
    const db = await getDb();
    await db.put('scaleResults', { id: 'broken', completedAt: '2026-11-02T00:00:00Z', total: 'lots' });
    expect((await listScaleResults()).map((r) => r.id)).toEqual([good.id]);
    expect(reported).toEqual(['broken']);
    setBadRecordReporter(() => {});
  });

  it('refuses to write a result with a negative total', async () => {
    await expect(saveScaleResult(makeScaleResult({ total: -1 }))).rejects.toThrow();
  });

  it('knows the latest completion of each scale', async () => {
    await saveScaleResult(makeScaleResult({ completedAt: '2026-11-01T09:00:00.000Z' }));
    await saveScaleResult(makeScaleResult({ completedAt: '2026-11-08T09:00:00.000Z' }));
    await saveScaleResult(makeScaleResult({ scaleId: 'gad7', completedAt: '2026-11-03T09:00:00.000Z' }));
    expect(await lastCompletedByScale()).toEqual({
      phq9: '2026-11-08T09:00:00.000Z',
      gad7: '2026-11-03T09:00:00.000Z',
    });
  });
});
