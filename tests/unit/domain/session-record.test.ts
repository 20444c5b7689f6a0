import { describe, expect, it } from 'vitest';
import { SessionRecordSchema } from '../../../src/domain/session';

// Sessions stored before the sitter's observations had their own word call them `checkIns`.
const OLDER = {
  id: 's-old',
  createdAt: '2026-11-10T18:00:00.000Z',
  status: 'ended',
  checkIns: [
    { dueMinute: 15, at: '2026-11-10T19:15:20.000Z', awake: 'awake', breathingNormal: true },
    { dueMinute: 30, at: '2026-11-10T19:30:10.000Z', awake: 'asleep', position: 'on-side' },
  ],
  checkInLaterMinutes: 45,
};

describe('the session record schema and older field names', () => {
  it('reads checkIns and checkInLaterMinutes as observations and observationLaterMinutes', () => {
    const parsed = SessionRecordSchema.parse(OLDER);
    expect(parsed.observations).toEqual(OLDER.checkIns);
    expect(parsed.observationLaterMinutes).toBe(45);
    expect(Object.keys(parsed)).not.toContain('checkIns');
    expect(Object.keys(parsed)).not.toContain('checkInLaterMinutes');
  });

  it('leaves the stored value it read unchanged', () => {
    const stored = structuredClone(OLDER);
    SessionRecordSchema.parse(stored);
    expect(stored).toEqual(OLDER);
  });

  it('reads today’s names as they are, and prefers them over older ones on the same record', () => {
    const current = { ...OLDER, observations: [{ dueMinute: 60, at: 'x' }], observationLaterMinutes: 20 };
    const parsed = SessionRecordSchema.parse(current);
    expect(parsed.observations).toEqual([{ dueMinute: 60, at: 'x' }]);
    expect(parsed.observationLaterMinutes).toBe(20);
  });

  it('still refuses a damaged record under an older name', () => {
    expect(SessionRecordSchema.safeParse({ ...OLDER, checkIns: [{ dueMinute: -1, at: 'x' }] }).success).toBe(false);
    expect(SessionRecordSchema.safeParse({ ...OLDER, checkInLaterMinutes: 2 }).success).toBe(false);
    expect(SessionRecordSchema.safeParse('a session').success).toBe(false);
  });
});
