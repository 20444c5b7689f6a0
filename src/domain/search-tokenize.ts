// Tokenising for journal search: the same rules for the text indexed and the words typed.

/** Folds case and diacritics so "Café", "cafe" and "CAFÉ" are one word (Intl-aware, any script). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .normalize('NFC');
}

/** Splits text into folded words: runs of letters and digits, in any script. */
export function tokenize(text: string): string[] {
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
