import { beforeEach, describe, expect, it } from 'vitest';
import { listPractices, loadPractice, openPractice, savePractice } from '../../../src/storage/practices-store';
import { makePractice } from '../../fixtures/breath-builders';
import { openTestDb } from '../../fixtures/test-db';

describe('practices store', () => {
  beforeEach(openTestDb);

  it('keeps a running practice’s start time and pause state exactly, so a reload resumes it', async () => {
    const practice = makePractice({ pausedMs: 12_345.678, pausedAtMs: Date.UTC(2026, 10, 3, 8, 1), status: 'paused' });
    await savePractice(practice);
    expect(await loadPractice('practice-1')).toEqual(practice);
  });

  it('lists practices newest first and finds the one still open', async () => {
    await savePractice(makePractice({ id: 'old', status: 'completed', practisedMs: 297_000 }, Date.UTC(2026, 10, 1)));
    await savePractice(
      makePractice({ id: 'new', status: 'paused', pausedAtMs: Date.UTC(2026, 10, 3) }, Date.UTC(2026, 10, 3)),
    );
    await savePractice(makePractice({ id: 'mid', status: 'stopped', practisedMs: 60_000 }, Date.UTC(2026, 10, 2)));
    expect((await listPractices()).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
    expect((await openPractice())?.id).toBe('new');
  });

  it('finds no open practice when every one has ended', async () => {
    await savePractice(makePractice({ status: 'completed', practisedMs: 297_000 }));
    expect(await openPractice()).toBeUndefined();
  });
});
