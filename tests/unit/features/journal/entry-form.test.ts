import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '../../../../src/domain/journal-entry';
import { draftIdFor, entryFromForm, formFromEntry } from '../../../../src/features/journal/entry-form';
import { makeEntry } from '../../../fixtures/journal-builders';

const NOW = new Date('2026-11-03T09:00:00.000Z');

describe('the entry form', () => {
  it('keeps one draft for a new entry and one per entry being edited', () => {
    expect(draftIdFor(undefined)).toBe('journal:new');
    expect(draftIdFor('abc')).toBe('journal:abc');
  });

  it('builds an entry from the draft, leaving blank optional fields out', () => {
    const entry = entryFromForm(
      {
        text: 'Heavy then light.',
        fields: {
          title: ' ',
          mood: '4',
          energy: '',
          anxiety: '9',
          tags: 'Sleep, body',
          'answer:body': 'warm',
          'answer:x': ' ',
        },
      },
      { id: 'e1', createdAt: '2026-11-02T18:00:00.000Z' },
      NOW,
    );
    expect(entry).toEqual({
      id: 'e1',
      createdAt: '2026-11-02T18:00:00.000Z',
      updatedAt: NOW.toISOString(),
      text: 'Heavy then light.',
      mood: 4,
      tags: ['sleep', 'body'],
      answers: { body: 'warm' },
    });
    expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('round-trips a saved entry through the form unchanged (but for the update time)', () => {
    const saved = makeEntry({
      sessionId: 's1',
      title: 'After',
      mood: 2,
      energy: 3,
      anxiety: 4,
      tags: ['grief'],
      promptSetId: 'next-day',
      answers: { 'sleep-rest': 'Badly' },
      voiceNoteIds: ['v1', 'v2'],
    });
    expect(entryFromForm(formFromEntry(saved), saved, NOW)).toEqual({ ...saved, updatedAt: NOW.toISOString() });
  });
});
