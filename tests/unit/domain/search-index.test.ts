import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndex } from '../../../src/domain/search-index';
import { foldText, parseQuery, tokenize } from '../../../src/domain/search-tokenize';
import { makeEntries, makeEntry } from '../../fixtures/journal-builders';

const NOW = new Date('2026-11-20T12:00:00.000Z');

describe('tokenising', () => {
  it('folds case and diacritics so accented and plain spellings match', () => {
    expect(foldText('Café ÉTÉ Ångström')).toBe('cafe ete angstrom');
    expect(tokenize('Über-Müde, naïve!')).toEqual(['uber', 'mude', 'naive']);
  });

  it('keeps words of any script and digits', () => {
    expect(tokenize('Привет мир 2026')).toEqual(['привет', 'мир', '2026']);
  });

  it('treats the last word as a prefix until a space follows it', () => {
    expect(parseQuery('warm ocea')).toEqual({ whole: ['warm'], prefix: 'ocea' });
    expect(parseQuery('warm ocean ')).toEqual({ whole: ['warm', 'ocean'], prefix: undefined });
    expect(parseQuery('  ')).toEqual({ whole: [], prefix: undefined });
  });
});

describe('the search index', () => {
  it('finds entries by words in the title, the text and the tags', () => {
    const index = buildSearchIndex([
      makeEntry({ id: 'a', title: 'Ocean', text: 'waves' }),
      makeEntry({ id: 'b', text: 'a walk by the river' }),
      makeEntry({ id: 'c', text: 'nothing here', tags: ['family'] }),
    ]);
    expect(index.search('ocean ', NOW).map((h) => h.id)).toEqual(['a']);
    expect(index.search('river ', NOW).map((h) => h.id)).toEqual(['b']);
    expect(index.search('family ', NOW).map((h) => h.id)).toEqual(['c']);
  });

  it('finds words in the answers to prompts', () => {
    const index = buildSearchIndex([makeEntry({ id: 'a', text: '', answers: { body: 'Heavy arms' } })]);
    expect(index.search('arms', NOW).map((h) => h.id)).toEqual(['a']);
  });

  it('matches the word being typed as a prefix', () => {
    const index = buildSearchIndex([makeEntry({ id: 'a', text: 'childhood garden' })]);
    expect(index.search('child', NOW).map((h) => h.id)).toEqual(['a']);
    expect(index.search('child ', NOW)).toEqual([]);
  });

  it('needs every word of the query to be present', () => {
    const index = buildSearchIndex([
      makeEntry({ id: 'both', text: 'warm light' }),
      makeEntry({ id: 'one', text: 'warm water' }),
    ]);
    expect(index.search('warm light', NOW).map((h) => h.id)).toEqual(['both']);
  });

  it('ignores accents and case in the query', () => {
    const index = buildSearchIndex([makeEntry({ id: 'a', text: 'Un café très calme' })]);
    expect(index.search('CAFE TRES', NOW).map((h) => h.id)).toEqual(['a']);
  });

  it('ranks an entry that uses the word more often above one that uses it once', () => {
    const index = buildSearchIndex([
      makeEntry({ id: 'once', createdAt: '2026-11-19T00:00:00.000Z', text: 'grief came' }),
      makeEntry({ id: 'thrice', createdAt: '2025-01-01T00:00:00.000Z', text: 'grief grief and grief' }),
    ]);
    expect(index.search('grief', NOW).map((h) => h.id)).toEqual(['thrice', 'once']);
  });

  it('ranks the newer of two equally matching entries first', () => {
    const index = buildSearchIndex([
      makeEntry({ id: 'old', createdAt: '2024-03-01T00:00:00.000Z', text: 'breath' }),
      makeEntry({ id: 'new', createdAt: '2026-11-18T00:00:00.000Z', text: 'breath' }),
    ]);
    expect(index.search('breath', NOW).map((h) => h.id)).toEqual(['new', 'old']);
  });

  it('counts a word in the title more than the same word in the text', () => {
    const index = buildSearchIndex([
      makeEntry({ id: 'text', createdAt: '2026-11-19T00:00:00.000Z', text: 'sleep' }),
      makeEntry({ id: 'title', createdAt: '2026-10-01T00:00:00.000Z', title: 'Sleep', text: 'other words' }),
    ]);
    expect(index.search('sleep', NOW)[0]?.id).toBe('title');
  });

  it('forgets a removed entry and re-indexes an edited one', () => {
    const index = new SearchIndex();
    index.add(makeEntry({ id: 'a', text: 'forest' }));
    index.add(makeEntry({ id: 'a', text: 'ocean' }));
    expect(index.search('forest', NOW)).toEqual([]);
    expect(index.search('ocean', NOW).map((h) => h.id)).toEqual(['a']);
    index.remove('a');
    expect(index.search('ocean', NOW)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('returns nothing for an empty query', () => {
    expect(buildSearchIndex(makeEntries(20, 3)).search('   ', NOW)).toEqual([]);
  });

  it('finds exactly the generated entries that contain a word', () => {
    const entries = makeEntries(500, 7);
    const expected = entries.filter((e) => tokenize(`${e.title ?? ''} ${e.text}`).includes('ocean')).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(10);
    const found = buildSearchIndex(entries)
      .search('ocean ', NOW)
      .map((h) => h.id);
    expect(found.sort()).toEqual(expected.sort());
  });
});
