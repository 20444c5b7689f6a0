import { beforeEach, describe, expect, it } from 'vitest';
import { type SessionRecord, SessionRecordSchema } from '../../../src/domain/session';
import { activeSession, loadSession, pastSessions, saveSession } from '../../../src/storage/sessions-store';
import { loadDbFixtures } from '../../fixtures/migration-harness';
import { openTestDb } from '../../fixtures/test-db';

function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { id: 's1', createdAt: '2026-11-21T19:00:00.000Z', status: 'active', ...overrides };
}

describe('the sessions store', () => {
  beforeEach(openTestDb);

  it('finds the session under way', async () => {
    await saveSession(makeSession({ id: 'old', status: 'ended', createdAt: '2026-11-01T19:00:00.000Z' }));
    await saveSession(makeSession({ id: 'now' }));
    expect((await activeSession())?.id).toBe('now');
    expect((await pastSessions()).map((s) => s.id)).toEqual(['old']);
  });

  it('keeps every session-mode field through a save and a read', async () => {
    const session = makeSession({
      dosedAt: '2026-11-21T19:05:00.000Z',
      steps: [{ kind: 'dose', at: '2026-11-21T19:05:00.000Z' }],
      observations: [{ dueMinute: 15, at: '2026-11-21T19:20:00.000Z', awake: 'awake', position: 'on-side' }],
      notes: [{ at: '2026-11-21T19:30:00.000Z', text: 'Calm' }],
      observationLaterMinutes: 45,
      startReason: 'Cleared by my nurse',
      afterSession: { sideEffects: [{ kind: 'other', severity: 'mild', text: 'Thirsty' }], recordedAt: 'x' },
    });
    await saveSession(session);
    expect(await loadSession('s1')).toEqual(session);
  });

  it('has no session under way when none is active', async () => {
    await saveSession(makeSession({ status: 'planned' }));
    expect(await activeSession()).toBeUndefined();
  });

  it('reads every session saved in the fixture databases', () => {
    for (const fixture of loadDbFixtures()) {
      for (const record of fixture.stores.sessions ?? []) {
        expect(SessionRecordSchema.safeParse(record).success, JSON.stringify(record).slice(0, 60)).toBe(true);
      }
    }
  });
});
