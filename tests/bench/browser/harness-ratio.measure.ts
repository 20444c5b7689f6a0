import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearRaw, openRawDb, rawPutAll, rawPutEachAlone } from '../raw-idb';
import { measureRatio } from '../stats';

// The benchmark's own check of its harness, run by `npm run bench` and never by `npm test` (it compares timings,
// which are noisy on shared machines): a deliberately slowed storage path must show up as a worse ratio, or the
// harness cannot see what it claims to measure.
const records = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, text: `entry ${i} `.repeat(20) }));

describe('the benchmark harness', () => {
  let db: IDBDatabase;
  beforeAll(async () => {
    db = await openRawDb();
  });
  afterAll(() => db.close());

  it('sees a slowed storage path as a clearly worse ratio than the same path', async () => {
    const setup = () => clearRaw(db);
    const same = await measureRatio(
      5,
      () => rawPutAll(db, records),
      () => rawPutAll(db, records),
      setup,
    );
    const slowed = await measureRatio(
      5,
      () => rawPutEachAlone(db, records),
      () => rawPutAll(db, records),
      setup,
    );
    expect(same.ratio).toBeLessThan(2);
    expect(slowed.ratio).toBeGreaterThan(same.ratio * 2);
  });
});
