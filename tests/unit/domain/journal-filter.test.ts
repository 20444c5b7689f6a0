import { describe, expect, it } from 'vitest';
import {
  isEmptyFilter,
  localDay,
  matchesFilter,
  onThisDay,
  sinceMoment,
  tagsInUse,
} from '../../../src/domain/journal-filter';
import { makeEntry } from '../../fixtures/journal-builders';

// Local noon keeps the calendar day the same in every time zone the tests might run in.
const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();

describe('journal filters', () => {
  const entry = makeEntry({ createdAt: at('2026-11-02'), tags: ['sleep', 'family'], mood: 4, sessionId: 's1' });

  it('matches by tag, session and mood', () => {
    expect(matchesFilter(entry, { tag: 'sleep' })).toBe(true);
    expect(matchesFilter(entry, { tag: 'work' })).toBe(false);
    expect(matchesFilter(entry, { sessionId: 's1' })).toBe(true);
    expect(matchesFilter(entry, { sessionId: 's2' })).toBe(false);
    expect(matchesFilter(entry, { mood: 4 })).toBe(true);
    expect(matchesFilter(entry, { mood: 2 })).toBe(false);
  });

  it('matches a date range including both end days', () => {
    expect(matchesFilter(entry, { from: '2026-11-02', to: '2026-11-02' })).toBe(true);
    expect(matchesFilter(entry, { from: '2026-11-03' })).toBe(false);
    expect(matchesFilter(entry, { to: '2026-11-01' })).toBe(false);
  });

  it('needs every part of the filter to match', () => {
    expect(matchesFilter(entry, { tag: 'sleep', mood: 1 })).toBe(false);
  });

  it('knows an empty filter', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ mood: 1 })).toBe(false);
  });

  it('finds entries written on this day in earlier years only', () => {
    const entries = [
      makeEntry({ id: 'last-year', createdAt: at('2025-11-20') }),
      makeEntry({ id: 'today', createdAt: at('2026-11-20') }),
      makeEntry({ id: 'other-day', createdAt: at('2025-11-21') }),
    ];
    expect(onThisDay(entries, new Date(at('2026-11-20'))).map((e) => e.id)).toEqual(['last-year']);
  });

  it('finds entries written since a moment', () => {
    const entries = [
      makeEntry({ id: 'after', createdAt: '2026-11-03T00:00:00.000Z' }),
      makeEntry({ id: 'before', createdAt: '2026-11-01T00:00:00.000Z' }),
    ];
    expect(sinceMoment(entries, '2026-11-02T12:00:00.000Z').map((e) => e.id)).toEqual(['after']);
  });

  it('lists tags in use, most used first', () => {
    const entries = [makeEntry({ tags: ['a', 'b'] }), makeEntry({ tags: ['b'] })];
    expect(tagsInUse(entries)).toEqual(['b', 'a']);
  });

  it('names local calendar days', () => {
    expect(localDay(new Date(2026, 0, 5, 9))).toBe('2026-01-05');
  });
});
