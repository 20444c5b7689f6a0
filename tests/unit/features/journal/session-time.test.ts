import { describe, expect, it } from 'vitest';
import { endedWithinHour, sessionEnd } from '../../../../src/features/journal/session-time';
import { makeSession } from '../../../fixtures/journal-builders';

describe('session times for the journal', () => {
  it('offers quick capture only in the hour after a session ended', () => {
    const session = makeSession({ endedAt: '2026-11-02T12:00:00.000Z' });
    expect(endedWithinHour(session, new Date('2026-11-02T12:59:00.000Z'))).toBe(true);
    expect(endedWithinHour(session, new Date('2026-11-02T13:01:00.000Z'))).toBe(false);
    expect(endedWithinHour(session, new Date('2026-11-02T11:59:00.000Z'))).toBe(false);
  });

  it('never offers it for a session that has not ended', () => {
    const active = makeSession({ status: 'active', endedAt: undefined });
    expect(endedWithinHour(active, new Date('2026-11-02T12:30:00.000Z'))).toBe(false);
  });

  it('counts from the end, else the dose, else when the session was created', () => {
    expect(sessionEnd(makeSession()).toISOString()).toBe('2026-11-02T12:00:00.000Z');
    expect(sessionEnd(makeSession({ endedAt: undefined })).toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(sessionEnd(makeSession({ endedAt: undefined, dosedAt: undefined })).toISOString()).toBe(
      '2026-11-02T09:00:00.000Z',
    );
  });
});
