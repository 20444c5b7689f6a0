// Checks a passphrase a person has just chosen (for the app lock), before any work is done with it. Pure.

/** Which field a problem belongs to, so a form can put the message beside it. */
export type NewPassphraseField = 'passphrase' | 'confirm';

/** A problem with a chosen passphrase, in plain words, and the field it belongs to. */
export interface NewPassphraseProblem {
  field: NewPassphraseField;
  message: string;
}

/** Characters as a person counts them (an emoji is one), ignoring spaces at either end. */
function visibleLength(text: string): number {
  return [...text.trim()].length;
}

/** The first problem with a new passphrase and its confirmation, or null when it may be used. */
export function newPassphraseProblem(
  passphrase: string,
  confirm: string,
  minLength: number,
): NewPassphraseProblem | null {
  if (visibleLength(passphrase) < minLength) {
    return {
      field: 'passphrase',
      message: `That is too short. Use at least ${minLength} characters: a few words you will remember work well.`,
    };
  }
  if (passphrase !== confirm) {
    return { field: 'confirm', message: 'The two passphrases are not the same. Please type it again.' };
  }
  return null;
}
