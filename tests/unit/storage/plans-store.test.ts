import { beforeEach, describe, expect, it } from 'vitest';
import { listDueFollowUps, listFollowUps, saveFollowUp, saveFollowUps } from '../../../src/storage/plans-store';
import { makeFollowUp } from '../../fixtures/journal-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('the plans store', () => {
  beforeEach(openTestDb);

  it('lists only follow-ups that are due and open', async () => {
    await saveFollowUps([
      makeFollowUp({ id: 'due', dueAt: '2026-11-05T12:00:00.000Z' }),
      makeFollowUp({ id: 'later', dueAt: '2026-12-02T12:00:00.000Z', kind: '1m' }),
      makeFollowUp({ id: 'done', dueAt: '2026-11-04T12:00:00.000Z', doneAt: '2026-11-05T00:00:00.000Z' }),
    ]);
    const due = await listDueFollowUps(new Date('2026-11-10T00:00:00.000Z'));
    expect(due.map((c) => c.id)).toEqual(['due']);
  });

  it('keeps a follow-up marked done with its note', async () => {
    const followUp = makeFollowUp();
    await saveFollowUp(followUp);
    await saveFollowUp({ ...followUp, doneAt: '2026-11-06T00:00:00.000Z', note: 'Walked four days' });
    expect(await listFollowUps()).toEqual([
      { ...followUp, doneAt: '2026-11-06T00:00:00.000Z', note: 'Walked four days' },
    ]);
  });

  it('lists every follow-up soonest due first', async () => {
    await saveFollowUps([
      makeFollowUp({ id: 'b', dueAt: '2026-12-02T12:00:00.000Z' }),
      makeFollowUp({ id: 'a', dueAt: '2026-11-05T12:00:00.000Z' }),
    ]);
    expect((await listFollowUps()).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
