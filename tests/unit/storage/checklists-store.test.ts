import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteChecklistProgress,
  loadChecklistProgress,
  saveChecklistProgress,
} from '../../../src/storage/checklists-store';
import { closeDb } from '../../../src/storage/db';
import { openTestDb } from '../../fixtures/test-db';

describe('checklists store', () => {
  beforeEach(openTestDb);

  it('starts with nothing ticked for a session it has never seen', async () => {
    expect((await loadChecklistProgress('session-1')).ticked).toEqual([]);
  });

  it('keeps ticked items across a reopened database, per session', async () => {
    await saveChecklistProgress('session-1', ['ask-sitter', 'no-alcohol']);
    await saveChecklistProgress('session-2', ['fasting-food']);
    await closeDb();
    expect((await loadChecklistProgress('session-1')).ticked).toEqual(['ask-sitter', 'no-alcohol']);
    expect((await loadChecklistProgress('session-2')).ticked).toEqual(['fasting-food']);
  });

  it('replaces the ticks with the latest list when an item is unticked', async () => {
    await saveChecklistProgress('session-1', ['a', 'b']);
    await saveChecklistProgress('session-1', ['b']);
    expect((await loadChecklistProgress('session-1')).ticked).toEqual(['b']);
  });

  it('forgets a session’s progress on request', async () => {
    await saveChecklistProgress('session-1', ['a']);
    await deleteChecklistProgress('session-1');
    expect((await loadChecklistProgress('session-1')).ticked).toEqual([]);
  });
});
