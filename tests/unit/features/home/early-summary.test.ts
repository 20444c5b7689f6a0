import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../../src/storage/sessions-store';
import { makeSession } from '../../../fixtures/journal-builders';
import { openTestDb } from '../../../fixtures/test-db';

/** A fresh copy of the module, so each test starts before any summary was read or taken. */
async function freshEarlySummary() {
  vi.resetModules();
  return import('../../../../src/features/home/early-summary');
}

describe('the summary read at start-up', () => {
  beforeEach(async () => {
    await openTestDb();
    await saveSession(makeSession({ id: 'now', status: 'active' }));
  });

  it('is handed to the first home screen once, and never again', async () => {
    const early = await freshEarlySummary();
    await early.readEarlySummary();
    expect(early.takeEarlySummary()?.active?.id).toBe('now');
    expect(early.takeEarlySummary()).toBeUndefined();
  });

  it('is dropped when the screen mounted before it was in, so a late one is never shown', async () => {
    const early = await freshEarlySummary();
    const reading = early.readEarlySummary();
    expect(early.takeEarlySummary()).toBeUndefined();
    await reading;
    expect(early.takeEarlySummary()).toBeUndefined();
  });
});
