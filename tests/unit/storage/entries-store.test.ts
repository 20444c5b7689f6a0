import { beforeEach, describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '../../../src/domain/journal-entry';
import { PlanFollowUpSchema } from '../../../src/domain/journal-plan';
import { getDb } from '../../../src/storage/db';
import {
  deleteEntry,
  importEntries,
  lastEntry,
  listAllEntries,
  listEntriesForSession,
  listEntriesPage,
  loadEntry,
  restoreEntry,
  saveEntry,
} from '../../../src/storage/entries-store';
import { setBadRecordReporter } from '../../../src/storage/record-store';
import { listVoiceNotesForEntry, saveVoiceNote } from '../../../src/storage/voice-notes-store';
import { makeEntries, makeEntry, makeVoiceNote } from '../../fixtures/journal-builders';
import { loadDbFixtures } from '../../fixtures/migration-harness';
import { openTestDb } from '../../fixtures/test-db';

async function readAllPages(pageSize: number): Promise<string[][]> {
  const pages: string[][] = [];
  let page = await listEntriesPage(undefined, pageSize);
  pages.push(page.entries.map((e) => e.id));
  while (page.next) {
    page = await listEntriesPage(page.next, pageSize);
    pages.push(page.entries.map((e) => e.id));
  }
  return pages;
}

describe('the entries store', () => {
  beforeEach(openTestDb);

  it('saves an entry and reads it back exactly', async () => {
    const entry = makeEntry({ title: 'After', mood: 3, tags: ['sleep'], answers: { body: 'warm' } });
    await saveEntry(entry);
    expect(await loadEntry(entry.id)).toEqual(entry);
  });

  it('refuses to save an entry that breaks the schema, and stores nothing', async () => {
    await expect(saveEntry(makeEntry({ mood: 9 }))).rejects.toThrow();
    expect(await listAllEntries()).toEqual([]);
  });

  it('imports many entries in one go', async () => {
    const entries = makeEntries(250, 2);
    await importEntries(entries);
    expect(await listAllEntries()).toHaveLength(250);
  });

  it('an import with one bad entry in the middle writes none of them, and says why', async () => {
    await saveEntry(makeEntry({ id: 'already-here' }));
    const entries = makeEntries(50, 3);
    entries[30] = makeEntry({ id: 'bad', mood: 9 });
    await expect(importEntries(entries)).rejects.toThrow(/mood|Too big|<=/i);
    expect((await listAllEntries()).map((e) => e.id)).toEqual(['already-here']);
  });

  it('pages through every entry newest first, each exactly once', async () => {
    const entries = makeEntries(95, 4);
    await importEntries(entries);
    const pages = await readAllPages(20);
    expect(pages.map((p) => p.length)).toEqual([20, 20, 20, 20, 15]);
    const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    expect(pages.flat()).toEqual(newestFirst.map((e) => e.id));
  });

  it('loses nothing when a page boundary falls between entries written at the same moment', async () => {
    const sameTime = '2026-11-02T18:00:00.000Z';
    await importEntries(['a', 'b', 'c', 'd', 'e'].map((id) => makeEntry({ id, createdAt: sameTime })));
    expect(await readAllPages(2)).toEqual([['e', 'd'], ['c', 'b'], ['a']]);
  });

  it('says there is no next page when the last page is exactly full', async () => {
    await importEntries(makeEntries(10, 1));
    const page = await listEntriesPage(undefined, 10);
    expect(page.entries).toHaveLength(10);
    expect(page.next).toBeUndefined();
  });

  it('skips and reports a stored record that does not parse, and keeps paging', async () => {
    const reported: unknown[] = [];
    setBadRecordReporter((_store, key) => reported.push(key));
    await importEntries(makeEntries(3, 1));
    const db = await getDb();
    await db.put('entries', { id: 'broken', createdAt: '2026-11-30T00:00:00.000Z', text: 42 });
    const page = await listEntriesPage(undefined, 10);
    expect(page.entries).toHaveLength(3);
    expect(reported).toEqual(['broken']);
    setBadRecordReporter(() => {});
  });

  it('lists the entries written after one session', async () => {
    await importEntries([
      makeEntry({ id: 'b', sessionId: 's1', createdAt: '2026-11-03T00:00:00.000Z' }),
      makeEntry({ id: 'a', sessionId: 's1', createdAt: '2026-11-02T00:00:00.000Z' }),
      makeEntry({ id: 'other', sessionId: 's2' }),
      makeEntry({ id: 'none' }),
    ]);
    expect((await listEntriesForSession('s1')).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('finds the newest entry', async () => {
    await importEntries(makeEntries(5, 9));
    expect((await lastEntry())?.id).toBe('entry-9-0');
  });

  it('deletes an entry with its voice notes, and undo restores both exactly', async () => {
    const entry = makeEntry({ id: 'e1', voiceNoteIds: ['v1'] });
    const note = makeVoiceNote({ id: 'v1', entryId: 'e1' });
    await saveEntry(entry);
    await saveVoiceNote(note);
    const removed = await deleteEntry('e1');
    expect(await loadEntry('e1')).toBeUndefined();
    expect(await listVoiceNotesForEntry('e1')).toEqual([]);
    if (!removed) throw new Error('expected the removed entry');
    await restoreEntry(removed);
    expect(await loadEntry('e1')).toEqual(entry);
    expect(await listVoiceNotesForEntry('e1')).toEqual([note]);
  });
});

describe('the saved version 1 journal records', () => {
  it('still parse with today’s schemas', () => {
    const v1 = loadDbFixtures()[0];
    for (const entry of v1?.stores.entries ?? []) expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
    for (const plan of v1?.stores.plans ?? []) expect(PlanFollowUpSchema.safeParse(plan).success).toBe(true);
  });
});
