// An in-memory inverted index over journal entries. Kept in memory only and never stored: the app lock requires
// that no plaintext index sits on disk.
//
// Built for type-ahead over years of entries on a cheap phone: entries live in integer slots, postings map slots to
// weights, a sorted vocabulary finds the words a prefix covers by binary search instead of a scan, and a query
// scores into typed arrays reused between queries, so one keystroke allocates little more than its result list.
import { parseQuery, tokenize } from './search-tokenize';

/** What the index needs to know about one entry. */
export interface SearchableEntry {
  id: string;
  createdAt: string;
  title?: string;
  text: string;
  tags: readonly string[];
  /** Answers to prompts are the person's words too, and count like the text. */
  answers?: Readonly<Record<string, string>>;
}

/** One search hit, best first. */
export interface SearchHit {
  id: string;
  score: number;
}

// Titles and tags say what an entry is about, so a word there counts more than one in the body.
const TITLE_WEIGHT = 3;
const TAG_WEIGHT = 3;
const DAY_MS = 86_400_000;
/** After this many days, recency adds half of its full boost. */
const RECENCY_HALF_LIFE_DAYS = 90;

/** The entries holding one word: their slots and weighted term frequencies, side by side (fast to walk). */
interface Posting {
  slots: number[];
  weights: number[];
}

/** The lists one query term reads: one posting for a whole word, every covered word's for a prefix. */
type Term = readonly Posting[];

/** An inverted index: word → entry slot → weighted term frequency. */
export class SearchIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly created: number[] = [];
  private readonly wordsOf: string[][] = [];
  private readonly freeSlots: number[] = [];
  /** Every indexed word in code-unit order; rebuilt on the next prefix query after a word comes or goes. */
  private vocabulary: string[] = [];
  private vocabularyStale = false;
  // Scratch for scoring: a slot's values count only when its stamp is the current query's generation.
  private stamp = new Uint32Array(0);
  private matched = new Uint16Array(0);
  private scores = new Float64Array(0);
  private generation = 0;

  /** How many entries are indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Adds an entry, or replaces it if it is already indexed. */
  add(entry: SearchableEntry): void {
    this.remove(entry.id);
    const counts = new Map<string, number>();
    const bump = (words: string[], weight: number) => {
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + weight);
    };
    bump(tokenize(entry.title ?? ''), TITLE_WEIGHT);
    bump(tokenize(entry.text), 1);
    bump(tokenize(Object.values(entry.answers ?? {}).join(' ')), 1);
    bump(
      entry.tags.flatMap((tag) => tokenize(tag)),
      TAG_WEIGHT,
    );
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.slotOf.set(entry.id, slot);
    this.ids[slot] = entry.id;
    this.created[slot] = Date.parse(entry.createdAt) || 0;
    this.wordsOf[slot] = [...counts.keys()];
    for (const [word, count] of counts) {
      let posting = this.postings.get(word);
      if (!posting) {
        posting = { slots: [], weights: [] };
        this.postings.set(word, posting);
        this.vocabularyStale = true;
      }
      posting.slots.push(slot);
      posting.weights.push(count);
    }
  }

  /** Forgets an entry (after it was deleted). */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const word of this.wordsOf[slot] ?? []) {
      const posting = this.postings.get(word);
      if (!posting) continue;
      const at = posting.slots.indexOf(slot);
      if (at >= 0) {
        posting.slots.splice(at, 1);
        posting.weights.splice(at, 1);
      }
      if (posting.slots.length === 0) {
        this.postings.delete(word);
        this.vocabularyStale = true;
      }
    }
    this.slotOf.delete(id);
    this.wordsOf[slot] = [];
    this.freeSlots.push(slot);
  }

  /**
   * Finds entries holding every word of the query (the last word may be unfinished: it matches as a prefix),
   * ranked by how often the words occur, then by how recent the entry is.
   */
  search(query: string, now: Date = new Date()): SearchHit[] {
    const { whole, prefix } = parseQuery(query);
    const terms: Term[] = whole.map((word) => {
      const posting = this.postings.get(word);
      return posting ? [posting] : [];
    });
    if (prefix !== undefined) terms.push(this.prefixTerm(prefix));
    if (terms.length === 0 || terms.some((term) => term.length === 0)) return [];
    // The smallest term first: it bounds the candidates, and every later term only narrows them.
    terms.sort((a, b) => termSize(a) - termSize(b));
    const candidates = this.score(terms);
    const nowMs = now.getTime();
    const { matched, scores, created } = this;
    let count = 0;
    for (const slot of candidates) {
      if (matched[slot] !== terms.length) continue;
      scores[slot] = (scores[slot] ?? 0) + recency(created[slot] ?? 0, nowMs);
      candidates[count++] = slot;
    }
    const ranked = Uint32Array.from(candidates.slice(0, count));
    ranked.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (created[b] ?? 0) - (created[a] ?? 0));
    const hits: SearchHit[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const slot = ranked[i] ?? 0;
      hits[i] = { id: this.ids[slot] ?? '', score: scores[slot] ?? 0 };
    }
    return hits;
  }

  /** Adds each term's weights into the scratch arrays; returns the slots the first term found. */
  private score(terms: readonly Term[]): number[] {
    this.nextGeneration();
    const { stamp, matched, scores } = this;
    const generation = this.generation;
    const candidates: number[] = [];
    terms.forEach((term, t) => {
      for (const { slots, weights } of term) {
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] ?? 0;
          const weight = weights[i] ?? 0;
          if (t === 0) {
            if (stamp[slot] !== generation) {
              stamp[slot] = generation;
              matched[slot] = 1;
              scores[slot] = weight;
              candidates.push(slot);
            } else scores[slot] = (scores[slot] ?? 0) + weight;
            continue;
          }
          if (stamp[slot] !== generation) continue;
          // A prefix term can reach one entry through several words: it counts as matched once and adds each.
          const seen = matched[slot] ?? 0;
          if (seen === t) matched[slot] = t + 1;
          else if (seen !== t + 1) continue;
          scores[slot] = (scores[slot] ?? 0) + weight;
        }
      }
    });
    return candidates;
  }

  /** Starts a query's generation, growing the scratch arrays to the slots in use. */
  private nextGeneration(): void {
    const needed = this.ids.length;
    if (this.stamp.length < needed || this.generation === 0xffffffff) {
      const length = Math.max(needed, this.stamp.length * 2, 64);
      this.stamp = new Uint32Array(length);
      this.matched = new Uint16Array(length);
      this.scores = new Float64Array(length);
      this.generation = 0;
    }
    this.generation += 1;
  }

  /** The postings of every word that starts with the prefix, found by binary search in the sorted vocabulary. */
  private prefixTerm(prefix: string): Term {
    if (this.vocabularyStale) {
      this.vocabulary = [...this.postings.keys()].sort();
      this.vocabularyStale = false;
    }
    const words = this.vocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const term: Posting[] = [];
    for (let i = low; i < words.length && (words[i] ?? '').startsWith(prefix); i++) {
      const posting = this.postings.get(words[i] ?? '');
      if (posting) term.push(posting);
    }
    return term;
  }
}

function termSize(term: Term): number {
  let size = 0;
  for (const posting of term) size += posting.slots.length;
  return size;
}

/** A boost below 1 so term frequency decides first and recency breaks near-ties. */
function recency(createdAt: number, nowMs: number): number {
  const ageDays = Math.max(0, (nowMs - createdAt) / DAY_MS);
  return RECENCY_HALF_LIFE_DAYS / (RECENCY_HALF_LIFE_DAYS + ageDays) - 0.001;
}

/** Builds an index over many entries at once. */
export function buildSearchIndex(entries: Iterable<SearchableEntry>): SearchIndex {
  const index = new SearchIndex();
  for (const entry of entries) index.add(entry);
  return index;
}
