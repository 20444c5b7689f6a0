import { describe, expect, it } from 'vitest';
import { draftHref } from '../../../src/domain/draft';

describe('draftHref', () => {
  it('opens a new journal draft in the new-entry editor', () => {
    expect(draftHref('journal:new')).toBe('/journal/new');
  });

  it('opens an edited entry’s draft in that entry’s editor', () => {
    expect(draftHref('journal:e-42')).toBe('/journal/e-42/edit');
  });

  it('opens a session note where the session is', () => {
    expect(draftHref('session-note:s1')).toBe('/session');
  });

  it('keeps an odd id inside its path segment', () => {
    expect(draftHref('journal:a/b?c')).toBe('/journal/a%2Fb%3Fc/edit');
  });
});
