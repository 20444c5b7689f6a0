import { describe, expect, it } from 'vitest';
import { dueStates } from '../../../src/domain/scale-due';

const WEEKLY = [{ scaleId: 'phq9', everyDays: 7 }] as const;
const NOW = new Date('2026-11-20T12:00:00Z');

describe('when a scale is due', () => {
  it('is due when it has never been taken', () => {
    expect(dueStates(WEEKLY, {}, NOW)).toEqual([{ scaleId: 'phq9', due: true }]);
  });

  it('is not due when the last result is younger than the cadence', () => {
    const [state] = dueStates(WEEKLY, { phq9: '2026-11-14T12:00:01Z' }, NOW);
    expect(state?.due).toBe(false);
    expect(state?.nextDueAt?.toISOString()).toBe('2026-11-21T12:00:01.000Z');
  });

  it('is due once the last result is as old as the cadence', () => {
    expect(dueStates(WEEKLY, { phq9: '2026-11-13T12:00:00Z' }, NOW)[0]?.due).toBe(true);
  });

  it('treats an unreadable date as never taken', () => {
    expect(dueStates(WEEKLY, { phq9: 'yesterday' }, NOW)[0]).toEqual({ scaleId: 'phq9', due: true });
  });
});
