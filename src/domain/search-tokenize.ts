// Tokenising for journal search: the same rules for the text indexed and the words typed.

// Most journal text is plain ASCII: it needs no Unicode normalisation, which is most of the cost of indexing years
// of entries on a phone. Case folding is the same, locale-free `toLowerCase`, on both paths, so the words indexed
// and the words typed always fold alike.
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** Folds case and diacritics so "Café", "cafe" and "CAFÉ" are one word (any script). */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** Splits text into folded words: runs of letters and digits, in any script. */
export function tokenize(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A typed query split into whole words and the last, maybe unfinished, word (matched as a prefix). */
export interface ParsedQuery {
  whole: string[];
  prefix: string | undefined;
}

/** Parses a query: the last word is a prefix unless the person has typed a space after it. */
export function parseQuery(query: string): ParsedQuery {
  const words = tokenize(query);
  if (words.length === 0) return { whole: [], prefix: undefined };
  const endsWithWord = /[\p{L}\p{N}]$/u.test(query.normalize('NFD').replace(/\p{M}+/gu, ''));
  if (!endsWithWord) return { whole: words, prefix: undefined };
  return { whole: words.slice(0, -1), prefix: words.at(-1) };
}
