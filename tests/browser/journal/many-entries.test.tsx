import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/domain/journal-entry';
import { tokenize } from '../../../src/domain/search-tokenize';
import { JournalScreen } from '../../../src/features/journal/JournalScreen';
import { PAGE_SIZE } from '../../../src/features/journal/use-entry-pages';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { importEntries, listEntriesPage } from '../../../src/storage/entries-store';
import { makeEntries } from '../../fixtures/journal-builders';

// Waiting (not timing): reading 10,000 entries and building the index takes a while on a slow shared machine.
const SLOW = { timeout: 20_000 };

function wordsOf(entry: JournalEntry): string[] {
  return tokenize(`${entry.title ?? ''} ${entry.text} ${entry.tags.join(' ')}`);
}

describe('a journal of 10,000 entries in a real browser', () => {
  const entries = makeEntries(10_000, 42);
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

  // The tests only read, so the entries are written once, in one transaction.
  beforeAll(async () => {
    await closeDb();
    await deleteDb();
    await importEntries(entries);
  }, 60_000);
  afterEach(cleanup);

  it('reads the first page newest first, and the next page after it', async () => {
    const first = await listEntriesPage(undefined, PAGE_SIZE);
    expect(first.entries.map((e) => e.id)).toEqual(newestFirst.slice(0, PAGE_SIZE).map((e) => e.id));
    const second = await listEntriesPage(first.next, PAGE_SIZE);
    expect(second.entries.map((e) => e.id)).toEqual(newestFirst.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((e) => e.id));
  });

  it('opens the journal at its first page, newest first', async () => {
    const view = render(<JournalScreen />);
    const list = await view.findByRole('list', { name: 'Journal entries, newest first' }, SLOW);
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(PAGE_SIZE), SLOW);
    const hrefs = within(list)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(newestFirst.slice(0, PAGE_SIZE).map((e) => `/journal/${e.id}`));
  });

  it('finds exactly the entries holding every word typed, the last one as a prefix', async () => {
    const view = render(<JournalScreen />);
    await view.findByRole('list', { name: 'Journal entries, newest first' }, SLOW);
    fireEvent.input(view.getByLabelText('Search your journal'), { target: { value: 'Ocean forest gentl' } });
    const expected = entries.filter((e) => {
      const words = wordsOf(e);
      return words.includes('ocean') && words.includes('forest') && words.some((w) => w.startsWith('gentl'));
    });
    expect(expected.length).toBeGreaterThan(0);
    const matching = await view.findByRole('list', { name: 'Matching entries' }, SLOW);
    await waitFor(
      () => expect(view.getByRole('status').textContent).toMatch(new RegExp(`^${expected.length} entr`)),
      SLOW,
    );
    const expectedHrefs = new Set(expected.map((e) => `/journal/${e.id}`));
    const shown = within(matching)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(shown).toHaveLength(Math.min(100, expected.length));
    for (const href of shown) expect(expectedHrefs.has(href ?? '')).toBe(true);
  });
});
