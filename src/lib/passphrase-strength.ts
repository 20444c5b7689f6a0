// Judges a passphrase a person chose for the app lock, with zxcvbn-ts (its common-password, name, word and pattern
// lists). The wrapped key sits on the device, open to offline guessing, so a guessable passphrase is refused. This
// module is large (the word lists): load it lazily, only where a lock passphrase is chosen. The one doorway to
// zxcvbn-ts.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** The lowest zxcvbn score accepted (0–4; 3 is "safely unguessable: moderate protection from offline attacks"). */
export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/**
 * Null when the passphrase is strong enough; otherwise why not, in plain words (the estimator's own warning and
 * suggestion). `context` lists words that must not help (the app's name, say).
 */
export function passphraseWeakness(passphrase: string, context: readonly string[] = []): string | null {
  const result = estimator().check(passphrase, [...context]);
  if (result.score >= MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const why = [warning, ...suggestions].filter((line): line is string => Boolean(line)).join(' ');
  return `That passphrase is too easy to guess. ${why || 'Add a few more words that are not common.'}`.trim();
}
