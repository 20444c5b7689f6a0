import { describe, expect, it } from 'vitest';
import { findPromptSet, PROMPT_SETS } from '../../../src/content/journal-prompts';
import { PromptSetListSchema } from '../../../src/domain/journal-prompt-set';

describe('the journal prompt sets', () => {
  it('pass their schema', () => {
    expect(PromptSetListSchema.safeParse(PROMPT_SETS).success).toBe(true);
  });

  it('offer one set for right after the session, the next day and one week later', () => {
    expect(PROMPT_SETS.map((set) => set.timing).sort()).toEqual(['after-session', 'next-day', 'one-week']);
  });

  it('never mention a dose or a medicine', () => {
    const words = PROMPT_SETS.flatMap((set) => set.prompts.map((p) => p.text)).join(' ');
    expect(words).not.toMatch(/dose|dosing|medicine|medication|mg\b/i);
  });

  it('are found by id', () => {
    expect(findPromptSet('next-day')?.timing).toBe('next-day');
    expect(findPromptSet('nope')).toBeUndefined();
    expect(findPromptSet(undefined)).toBeUndefined();
  });
});
