import { describe, expect, it } from 'vitest';
import { dueFollowUps, followUpDueDates, makeFollowUps, PlanFollowUpSchema } from '../../../src/domain/journal-plan';
import { makeFollowUp } from '../../fixtures/journal-builders';

describe('integration plan follow-ups', () => {
  it('falls due 72 hours, one week and one calendar month after the session', () => {
    const due = followUpDueDates(new Date(2026, 10, 2, 12, 0));
    expect(due['72h']).toEqual(new Date(2026, 10, 5, 12, 0));
    expect(due['1w']).toEqual(new Date(2026, 10, 9, 12, 0));
    expect(due['1m']).toEqual(new Date(2026, 11, 2, 12, 0));
  });

  it('clamps the month follow-up to the last day of a shorter month', () => {
    expect(followUpDueDates(new Date(2027, 0, 31, 9, 0))['1m']).toEqual(new Date(2027, 1, 28, 9, 0));
  });

  it('rolls the month follow-up over into the next year', () => {
    expect(followUpDueDates(new Date(2026, 11, 15, 9, 0))['1m']).toEqual(new Date(2027, 0, 15, 9, 0));
  });

  it('turns a commitment into three valid follow-up records with top-level due dates', () => {
    let n = 0;
    const records = makeFollowUps({
      planId: 'p',
      text: 'Walk each morning',
      from: new Date('2026-11-02T12:00:00.000Z'),
      now: new Date('2026-11-02T18:00:00.000Z'),
      sessionId: 's1',
      newId: () => `id-${++n}`,
    });
    expect(records.map((r) => [r.kind, r.dueAt])).toEqual([
      ['72h', '2026-11-05T12:00:00.000Z'],
      ['1w', '2026-11-09T12:00:00.000Z'],
      ['1m', new Date(followUpDueDates(new Date('2026-11-02T12:00:00.000Z'))['1m']).toISOString()],
    ]);
    for (const record of records) expect(PlanFollowUpSchema.safeParse(record).success).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(3);
  });

  it('lists as due only follow-ups whose time has come and that are not done, oldest first', () => {
    const now = new Date('2026-11-10T00:00:00.000Z');
    const list = [
      makeFollowUp({ id: 'week', dueAt: '2026-11-09T12:00:00.000Z', kind: '1w' }),
      makeFollowUp({ id: '72h', dueAt: '2026-11-05T12:00:00.000Z' }),
      makeFollowUp({ id: 'done', dueAt: '2026-11-05T12:00:00.000Z', doneAt: '2026-11-06T00:00:00.000Z' }),
      makeFollowUp({ id: 'month', dueAt: '2026-12-02T12:00:00.000Z', kind: '1m' }),
    ];
    expect(dueFollowUps(list, now).map((c) => c.id)).toEqual(['72h', 'week']);
  });
});
