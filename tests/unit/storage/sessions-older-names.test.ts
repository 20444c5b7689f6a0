import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore } from '../../../src/storage/backup';
import { parseBackup } from '../../../src/storage/backup-format';
import { getDb } from '../../../src/storage/db';
import { loadSession, saveSession } from '../../../src/storage/sessions-store';
import { loadDbFixtures } from '../../fixtures/migration-harness';
import { openTestDb } from '../../fixtures/test-db';

// Sessions and backups made before the sitter's observations had their own word (issue 17) store them as
// `checkIns`; the database version did not change, so the record schema reads both names.

interface OlderSession {
  id: string;
  checkIns: unknown[];
  checkInLaterMinutes: number;
}

/** The released v1 fixture's ended session, which has two sitter observations under the older name. */
function olderSession(): OlderSession {
  const record = loadDbFixtures()
    .flatMap((fixture) => fixture.stores.sessions ?? [])
    .find((s) => (s as { id?: string }).id === 'session-ended-1') as OlderSession | undefined;
  if (record?.checkIns.length !== 2) throw new Error('the v1 fixture lost its session with observations');
  return record;
}

async function putRaw(record: unknown): Promise<void> {
  const db = await getDb();
  await db.put('sessions', record);
}

async function getRaw(id: string): Promise<Record<string, unknown>> {
  return (await (await getDb()).get('sessions', id)) as Record<string, unknown>;
}

describe('sessions stored under the older names', () => {
  beforeEach(openTestDb);

  it('reads an old stored session with every sitter observation', async () => {
    const older = olderSession();
    await putRaw(older);
    const session = await loadSession(older.id);
    expect(session?.observations).toEqual(older.checkIns);
    expect(session?.observationLaterMinutes).toBe(older.checkInLaterMinutes);
  });

  it('writes only today’s names when an old session is saved again', async () => {
    const older = olderSession();
    await putRaw(older);
    const session = await loadSession(older.id);
    if (!session) throw new Error('not read');
    await saveSession(session);
    const stored = await getRaw(older.id);
    expect(stored.observations).toEqual(older.checkIns);
    expect(stored.observationLaterMinutes).toBe(older.checkInLaterMinutes);
    expect(stored).not.toHaveProperty('checkIns');
    expect(stored).not.toHaveProperty('checkInLaterMinutes');
  });

  it('restores an old backup and keeps every sitter observation', async () => {
    const older = olderSession();
    const file = {
      format: 'stillpoint-backup',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-11-11T08:00:00.000Z',
      stores: { sessions: [older] },
    };
    const result = parseBackup(new TextEncoder().encode(JSON.stringify(file)));
    if (!result.ok) throw new Error(result.reason);
    expect(await applyRestore(result.backup, 'keep-device')).toBe(1);
    const session = await loadSession(older.id);
    expect(session?.observations).toEqual(older.checkIns);
    expect(session?.observationLaterMinutes).toBe(older.checkInLaterMinutes);
  });
});
