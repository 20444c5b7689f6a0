// An in-memory inverted index over journal entries. Kept in memory only and never stored: the app lock will
// require that no plaintext index sits on disk.
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

/** An inverted index: word → entry id → weighted term frequency. */
export class SearchIndex {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly docs = new Map<string, { createdAt: number; words: string[] }>();

  /** How many entries are indexed. */
  get size(): number {
    return this.docs.size;
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
    for (const [word, count] of counts) {
      let posting = this.postings.get(word);
      if (!posting) {
        posting = new Map();
        this.postings.set(word, posting);
      }
      posting.set(entry.id, count);
    }
    this.docs.set(entry.id, { createdAt: Date.parse(entry.createdAt) || 0, words: [...counts.keys()] });
  }

  /** Forgets an entry (after it was deleted). */
  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const word of doc.words) {
      const posting = this.postings.get(word);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(word);
    }
    this.docs.delete(id);
  }

  /**
   * Finds entries holding every word of the query (the last word may be unfinished: it matches as a prefix),
   * ranked by how often the words occur, then by how recent the entry is.
   */
  search(query: string, now: Date = new Date()): SearchHit[] {
    const { whole, prefix } = parseQuery(query);
    const termScores: Map<string, number>[] = whole.map((word) => this.postings.get(word) ?? new Map());
    if (prefix !== undefined) termScores.push(this.prefixScores(prefix));
    if (termScores.length === 0) return [];
    termScores.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = termScores;
    const hits: SearchHit[] = [];
    for (const [id, first] of smallest ?? []) {
      let frequency = first;
      let everyTerm = true;
      for (const scores of rest) {
        const score = scores.get(id);
        if (score === undefined) {
          everyTerm = false;
          break;
        }
        frequency += score;
      }
      if (everyTerm) hits.push({ id, score: frequency + this.recency(id, now) });
    }
    return hits.sort((a, b) => b.score - a.score || this.createdAt(b.id) - this.createdAt(a.id));
  }

  private prefixScores(prefix: string): Map<string, number> {
    const scores = new Map<string, number>();
    for (const [word, posting] of this.postings) {
      if (!word.startsWith(prefix)) continue;
      for (const [id, count] of posting) scores.set(id, (scores.get(id) ?? 0) + count);
    }
    return scores;
  }

  /** A boost below 1 so term frequency decides first and recency breaks near-ties. */
  private recency(id: string, now: Date): number {
    const ageDays = Math.max(0, (now.getTime() - this.createdAt(id)) / DAY_MS);
    return RECENCY_HALF_LIFE_DAYS / (RECENCY_HALF_LIFE_DAYS + ageDays) - 0.001;
  }

  private createdAt(id: string): number {
    return this.docs.get(id)?.createdAt ?? 0;
  }
}

/** Builds an index over many entries at once. */
export function buildSearchIndex(entries: Iterable<SearchableEntry>): SearchIndex {
  const index = new SearchIndex();
  for (const entry of entries) index.add(entry);
  return index;
}
