import { describe, expect, it } from 'vitest';
import { entryHeadline, hasContent, JournalEntrySchema, parseTags } from '../../../src/domain/journal-entry';
import { makeEntries, makeEntry } from '../../fixtures/journal-builders';

describe('the journal entry schema', () => {
  it('accepts a full entry and a minimal one', () => {
    const full = makeEntry({
      sessionId: 's1',
      title: 'After',
      mood: 3,
      energy: 1,
      anxiety: 5,
      tags: ['sleep'],
      promptSetId: 'after-session',
      answers: { body: 'Heavy arms' },
      voiceNoteIds: ['v1'],
    });
    expect(JournalEntrySchema.parse(full)).toEqual(full);
    expect(JournalEntrySchema.safeParse(makeEntry()).success).toBe(true);
  });

  it('rejects scale points outside 1 to 5 and fractions', () => {
    expect(JournalEntrySchema.safeParse(makeEntry({ mood: 0 })).success).toBe(false);
    expect(JournalEntrySchema.safeParse(makeEntry({ anxiety: 6 })).success).toBe(false);
    expect(JournalEntrySchema.safeParse(makeEntry({ energy: 2.5 })).success).toBe(false);
  });

  it('rejects a record without an id, dates or text', () => {
    const { text: _text, ...withoutText } = makeEntry();
    expect(JournalEntrySchema.safeParse(withoutText).success).toBe(false);
    expect(JournalEntrySchema.safeParse(makeEntry({ id: '' })).success).toBe(false);
    expect(JournalEntrySchema.safeParse({ ...makeEntry(), createdAt: undefined }).success).toBe(false);
  });

  it('accepts every generated entry', () => {
    for (const entry of makeEntries(200, 5)) expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('entry helpers', () => {
  it('parses tags trimmed, lower-cased and without repeats', () => {
    expect(parseTags(' Sleep, family,,sleep ,\nWork')).toEqual(['sleep', 'family', 'work']);
  });

  it('knows whether an entry holds anything', () => {
    expect(hasContent(makeEntry({ text: '  ' }))).toBe(false);
    expect(hasContent(makeEntry({ text: '', answers: { body: 'warm' } }))).toBe(true);
    expect(hasContent(makeEntry({ text: '', voiceNoteIds: ['v'] }))).toBe(true);
    expect(hasContent(makeEntry({ text: '', mood: 2 }))).toBe(true);
  });

  it('names an entry by its title, else the start of its text', () => {
    expect(entryHeadline(makeEntry({ title: 'Morning' }))).toBe('Morning');
    expect(entryHeadline(makeEntry({ text: 'First line\nsecond' }))).toBe('First line');
    expect(entryHeadline(makeEntry({ text: '' }))).toBe('Untitled entry');
    expect(entryHeadline(makeEntry({ text: 'x'.repeat(100) }))).toHaveLength(58);
  });
});
