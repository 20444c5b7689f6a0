import { describe, expect, it } from 'vitest';
import { PromptSetListSchema, PromptSetSchema, suggestedTiming } from '../../../src/domain/journal-prompt-set';

const makePromptSet = (overrides: Record<string, unknown> = {}) => ({
  id: 'after-session',
  timing: 'after-session',
  title: 'Right after',
  prompts: [
    { id: 'one', text: 'First question?' },
    { id: 'two', text: 'Second question?' },
  ],
  ...overrides,
});

describe('prompt set validation', () => {
  it('accepts a well-formed set', () => {
    expect(PromptSetSchema.safeParse(makePromptSet()).success).toBe(true);
  });

  it('rejects a set with two prompts sharing an id (answers are stored by id)', () => {
    const prompts = [
      { id: 'same', text: 'A?' },
      { id: 'same', text: 'B?' },
    ];
    expect(PromptSetSchema.safeParse(makePromptSet({ prompts })).success).toBe(false);
  });

  it('rejects an empty set, an unknown timing and ids that are not simple slugs', () => {
    expect(PromptSetSchema.safeParse(makePromptSet({ prompts: [] })).success).toBe(false);
    expect(PromptSetSchema.safeParse(makePromptSet({ timing: 'someday' })).success).toBe(false);
    expect(PromptSetSchema.safeParse(makePromptSet({ id: 'Has Spaces' })).success).toBe(false);
  });

  it('rejects a list where two sets share an id', () => {
    expect(PromptSetListSchema.safeParse([makePromptSet(), makePromptSet()]).success).toBe(false);
  });

  it('suggests prompts for right after, the next day, or a week later by the time since the session', () => {
    const ended = new Date('2026-11-02T12:00:00.000Z');
    expect(suggestedTiming(ended, new Date('2026-11-02T13:00:00.000Z'))).toBe('after-session');
    expect(suggestedTiming(ended, new Date('2026-11-03T12:00:00.000Z'))).toBe('next-day');
    expect(suggestedTiming(ended, new Date('2026-11-09T12:00:00.000Z'))).toBe('one-week');
  });
});
