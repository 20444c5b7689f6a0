import { beforeEach, describe, expect, it } from 'vitest';
import { listCheckIns, listDueCheckIns, saveCheckIn, saveCheckIns } from '../../../src/storage/plans-store';
import { makeCheckIn } from '../../fixtures/journal-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('the plans store', () => {
  beforeEach(openTestDb);

  it('lists only check-ins that are due and open', async () => {
    await saveCheckIns([
      makeCheckIn({ id: 'due', dueAt: '2026-11-05T12:00:00.000Z' }),
      makeCheckIn({ id: 'later', dueAt: '2026-12-02T12:00:00.000Z', kind: '1m' }),
      makeCheckIn({ id: 'done', dueAt: '2026-11-04T12:00:00.000Z', doneAt: '2026-11-05T00:00:00.000Z' }),
    ]);
    const due = await listDueCheckIns(new Date('2026-11-10T00:00:00.000Z'));
    expect(due.map((c) => c.id)).toEqual(['due']);
  });

  it('keeps a check-in marked done with its note', async () => {
    const checkIn = makeCheckIn();
    await saveCheckIn(checkIn);
    await saveCheckIn({ ...checkIn, doneAt: '2026-11-06T00:00:00.000Z', note: 'Walked four days' });
    expect(await listCheckIns()).toEqual([
      { ...checkIn, doneAt: '2026-11-06T00:00:00.000Z', note: 'Walked four days' },
    ]);
  });

  it('lists every check-in soonest due first', async () => {
    await saveCheckIns([
      makeCheckIn({ id: 'b', dueAt: '2026-12-02T12:00:00.000Z' }),
      makeCheckIn({ id: 'a', dueAt: '2026-11-05T12:00:00.000Z' }),
    ]);
    expect((await listCheckIns()).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
