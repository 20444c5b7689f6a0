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

  it('ranks exactly as a plain scan of every entry does, through adds, edits and removals', () => {
    // A reference that scores each entry from its own words, with none of the index's slots, postings or
    // vocabulary: the index must give the same hits in the same order with the same scores.
    const words = ['sea', 'seal', 'season', 'sleep', 'slow', 'mother', 'moth', 'light', 'lit', 'calm'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = () => words[Math.floor(random() * words.length)] ?? 'sea';
    const live = new Map<string, ReturnType<typeof makeEntry>>();
    const index = new SearchIndex();
    for (let step = 0; step < 400; step++) {
      const id = `e${Math.floor(random() * 120)}`;
      if (random() < 0.2) {
        index.remove(id);
        live.delete(id);
        continue;
      }
      const entry = makeEntry({
        id,
        createdAt: new Date(NOW.getTime() - Math.floor(random() * 400) * 86_400_000).toISOString(),
        title: random() < 0.3 ? pick() : undefined,
        text: Array.from({ length: 1 + Math.floor(random() * 8) }, pick).join(' '),
        tags: random() < 0.2 ? [pick()] : [],
      });
      index.add(entry);
      live.set(id, entry);
    }
    const reference = (query: string) => {
      const { whole, prefix } = parseQuery(query);
      const hits: { id: string; score: number; at: number }[] = [];
      for (const entry of live.values()) {
        const counts = new Map<string, number>();
        const bump = (list: string[], weight: number) => {
          for (const word of list) counts.set(word, (counts.get(word) ?? 0) + weight);
        };
        bump(tokenize(entry.title ?? ''), 3);
        bump(tokenize(entry.text), 1);
        bump(tokenize(Object.values(entry.answers ?? {}).join(' ')), 1);
        bump(
          entry.tags.flatMap((tag) => tokenize(tag)),
          3,
        );
        let score = 0;
        let all = true;
        for (const word of whole) {
          const count = counts.get(word);
          if (count === undefined) all = false;
          else score += count;
        }
        if (prefix !== undefined) {
          const covered = [...counts].filter(([word]) => word.startsWith(prefix));
          if (covered.length === 0) all = false;
          for (const [, count] of covered) score += count;
        }
        if (!all) continue;
        const at = Date.parse(entry.createdAt);
        const ageDays = Math.max(0, (NOW.getTime() - at) / 86_400_000);
        hits.push({ id: entry.id, score: score + 90 / (90 + ageDays) - 0.001, at });
      }
      return hits.sort((a, b) => b.score - a.score || b.at - a.at).map(({ id, score }) => ({ id, score }));
    };
    for (const query of [
      's',
      'se',
      'sea',
      'sea ',
      'seal',
      'mo',
      'moth ',
      'l',
      'light sl',
      'calm sea ',
      'x',
      'sea x ',
    ]) {
      const found = index.search(query, NOW);
      const expected = reference(query);
      expect(
        found.map((hit) => hit.id),
        query,
      ).toEqual(expected.map((hit) => hit.id));
      for (const [i, hit] of found.entries()) expect(hit.score, query).toBeCloseTo(expected[i]?.score ?? Number.NaN, 9);
    }
    expect(index.size).toBe(live.size);
  });
});
