import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../src/domain/session';
import { loadSession, nextPlannedSession, saveSession } from '../../../src/storage/sessions-store';
import { openTestDb } from '../../fixtures/test-db';

const now = new Date(2026, 10, 22, 9, 0);
const makePlanned = (id: string, scheduledFor: Date, overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  id,
  createdAt: new Date(2026, 10, 20).toISOString(),
  status: 'planned',
  scheduledFor: scheduledFor.toISOString(),
  ...overrides,
});

describe('planning and cancelling a session (as Prepare does it)', () => {
  beforeEach(openTestDb);

  it('offers the soonest planned session as the next one', async () => {
    await saveSession(makePlanned('later', new Date(2026, 10, 30, 10)));
    await saveSession(makePlanned('sooner', new Date(2026, 10, 25, 10)));
    expect((await nextPlannedSession(now))?.id).toBe('sooner');
  });

  it('moves a session to its new date when the date is changed', async () => {
    const planned = makePlanned('s1', new Date(2026, 10, 25, 10));
    await saveSession(planned);
    await saveSession({ ...planned, scheduledFor: new Date(2026, 10, 28, 14).toISOString() });
    expect((await nextPlannedSession(now))?.scheduledFor).toBe(new Date(2026, 10, 28, 14).toISOString());
  });

  it('keeps a cancelled session on record but no longer offers it as next', async () => {
    const planned = makePlanned('s1', new Date(2026, 10, 25, 10), { intention: 'Be gentle with myself' });
    await saveSession(planned);
    await saveSession({ ...planned, status: 'cancelled' });
    expect(await nextPlannedSession(now)).toBeUndefined();
    expect((await loadSession('s1'))?.intention).toBe('Be gentle with myself');
  });

  it('keeps the intention with the session', async () => {
    await saveSession(makePlanned('s1', new Date(2026, 10, 25, 10), { intention: 'Notice, not judge' }));
    expect((await nextPlannedSession(now))?.intention).toBe('Notice, not judge');
  });
});
