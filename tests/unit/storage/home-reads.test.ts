import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueFollowUps } from '../../../src/domain/follow-up-kind';
import { latestByScale } from '../../../src/domain/scale-id';
import { activeOf, nextPlanned } from '../../../src/domain/session-status';
import { setAtRestMode } from '../../../src/storage/at-rest-mode';
import { getDb } from '../../../src/storage/db';
import { listDrafts, saveDraft } from '../../../src/storage/drafts-store';
import { lastEntry, saveEntry } from '../../../src/storage/entries-store';
import { readHomeRecords } from '../../../src/storage/home-reads';
import { listDueFollowUps, saveFollowUps } from '../../../src/storage/plans-store';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { lastCompletedByScale, saveScaleResult } from '../../../src/storage/scale-results-store';
import { activeSession, listSessions, nextPlannedSession, saveSession } from '../../../src/storage/sessions-store';
import { makeEntry, makeFollowUp, makeSession } from '../../fixtures/journal-builders';
import { makeScaleResult } from '../../fixtures/scale-results';
import { openTestDb } from '../../fixtures/test-db';

const NOW = new Date('2026-11-20T12:00:00.000Z');

async function putRaw(store: string, value: unknown): Promise<void> {
  const db = await getDb();
  await db.put(store, value);
}

describe('the home screen’s reads', () => {
  const skipped: string[] = [];
  beforeEach(async () => {
    await openTestDb();
    skipped.length = 0;
    setBadRecordReporter((store, key) => skipped.push(`${store}:${String(key)}`));
  });
  afterEach(() => setBadRecordReporter(() => {}));

  it('find the same sessions, drafts, follow-ups, entry and scale dates as the stores’ own reads', async () => {
    await saveSession(makeSession({ id: 'done', status: 'ended', createdAt: '2026-11-01T10:00:00.000Z' }));
    await saveSession(makeSession({ id: 'now', status: 'active', createdAt: '2026-11-19T10:00:00.000Z' }));
    await saveSession(makeSession({ id: 'soon', status: 'planned', scheduledFor: '2026-11-27T18:00:00.000Z' }));
    await saveSession(makeSession({ id: 'later', status: 'planned', scheduledFor: '2026-12-20T18:00:00.000Z' }));
    await saveDraft({ id: 'journal:new', text: 'Half a thought', fields: { title: 'Tuesday' }, updatedAt: 'x' });
    await saveFollowUps([
      makeFollowUp({ id: 'due', dueAt: '2026-11-19T09:00:00.000Z' }),
      makeFollowUp({ id: 'done', dueAt: '2026-11-18T09:00:00.000Z', doneAt: '2026-11-18T10:00:00.000Z' }),
      makeFollowUp({ id: 'future', dueAt: '2026-11-30T09:00:00.000Z' }),
    ]);
    await saveEntry(makeEntry({ id: 'old', createdAt: '2026-11-01T10:00:00.000Z' }));
    await saveEntry(makeEntry({ id: 'new', createdAt: '2026-11-19T10:00:00.000Z', title: 'Quiet' }));
    await saveScaleResult(makeScaleResult({ id: 'a', scaleId: 'phq9', completedAt: '2026-11-02T10:00:00.000Z' }));
    await saveScaleResult(makeScaleResult({ id: 'b', scaleId: 'phq9', completedAt: '2026-11-12T10:00:00.000Z' }));
    await saveScaleResult(makeScaleResult({ id: 'c', scaleId: 'gad7', completedAt: '2026-11-05T10:00:00.000Z' }));

    const home = await readHomeRecords(NOW);
    expect(home.complete).toBe(true);
    expect(home.sessions.map((s) => s.id)).toEqual((await listSessions()).map((s) => s.id));
    expect(activeOf(home.sessions)?.id).toBe((await activeSession())?.id);
    expect(nextPlanned(home.sessions, NOW)?.id).toBe((await nextPlannedSession(NOW))?.id);
    expect(nextPlanned(home.sessions, NOW)?.id).toBe('soon');
    expect(home.drafts.map((d) => [d.id, d.title])).toEqual((await listDrafts()).map((d) => [d.id, d.fields.title]));
    const due = dueFollowUps(home.followUps, NOW);
    expect(due.map((f) => f.id)).toEqual((await listDueFollowUps(NOW)).map((f) => f.id));
    expect(due.map((f) => f.id)).toEqual(['due']);
    expect(home.followUps.map((f) => f.id).sort()).toEqual(['done', 'due']);
    expect(home.last?.id).toBe((await lastEntry())?.id);
    expect(home.last?.id).toBe('new');
    expect(latestByScale(home.results)).toEqual(await lastCompletedByScale());
    expect(skipped).toEqual([]);
  });

  it('skip and report a damaged record, as the stores do, and show the rest', async () => {
    await saveSession(makeSession({ id: 'now', status: 'active' }));
    await putRaw('sessions', { id: 'odd', createdAt: '2026-11-19T10:00:00.000Z', status: 'paused' });
    await putRaw('scaleResults', { id: 'odd', scaleId: 'bdi', completedAt: '2026-11-19T10:00:00.000Z' });
    const home = await readHomeRecords(NOW);
    expect(home.sessions.map((s) => s.id)).toEqual(['now']);
    expect(home.results).toEqual([]);
    expect(home.complete).toBe(true);
    expect(skipped.sort()).toEqual(['scaleResults:odd', 'sessions:odd']);
  });

  it('show no last entry when the newest one is damaged, as the journal store does', async () => {
    await saveEntry(makeEntry({ id: 'old', createdAt: '2026-11-01T10:00:00.000Z' }));
    await putRaw('entries', { id: 'bad', createdAt: '2026-11-19T10:00:00.000Z', text: 42 });
    expect((await readHomeRecords(NOW)).last).toBeUndefined();
    expect(await lastEntry()).toBeUndefined();
  });

  it('leave a part that needs the lock’s key empty, say the read is incomplete, and still show the other parts', async () => {
    await saveSession(makeSession({ id: 'now', status: 'active' }));
    await putRaw('entries', {
      id: 'sealed',
      createdAt: '2026-11-19T10:00:00.000Z',
      $sealed: { v: 1, f: 2, iv: new Uint8Array(12), data: new Uint8Array(32) },
    });
    setAtRestMode({ phase: 'present', key: undefined });
    try {
      const home = await readHomeRecords(NOW);
      expect(home.complete).toBe(false);
      expect(home.last).toBeUndefined();
      expect(home.sessions.map((s) => s.id)).toEqual(['now']);
    } finally {
      setAtRestMode({ phase: 'unknown', key: undefined });
    }
  });
});
