// Making the fingerprint comparison an action: the patient picks (or types) the last group of the code the coach
// reads out, and an invite that borrows a pinned coach's name with another key is stopped.
import { normalizePassphrase, PASSPHRASE_ALPHABET } from './passphrase';
import type { Contact } from './share-records';

/** How many groups the patient chooses among (one is right). */
export const COMPARE_CHOICES = 4;

/** The last group of a fingerprint ("7K2M QX9P … ZT4A" → "ZT4A"). */
export function lastGroup(fingerprint: string): string {
  return fingerprint.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * The choices offered: the real last group and decoys of the same shape, in an order set by `random` (at least
 * 5 bytes per choice). Decoys never equal the real group or each other.
 */
export function compareChoices(fingerprint: string, random: Uint8Array): string[] {
  const real = lastGroup(fingerprint);
  const choices = [real];
  let at = 0;
  while (choices.length < COMPARE_CHOICES && at + real.length <= random.length) {
    const bytes = random.subarray(at, at + real.length);
    at += real.length;
    const decoy = Array.from(bytes, (b) => PASSPHRASE_ALPHABET[b & 31] ?? '0').join('');
    if (!choices.includes(decoy)) choices.push(decoy);
  }
  const slot = (random[random.length - 1] ?? 0) % choices.length;
  [choices[0], choices[slot]] = [choices[slot] ?? real, real];
  return choices;
}

/** Whether what the patient picked or typed is the last group (case, spaces and look-alike letters forgiven). */
export function matchesLastGroup(fingerprint: string, answer: string): boolean {
  const typed = normalizePassphrase(answer);
  return typed.length > 0 && typed === normalizePassphrase(lastGroup(fingerprint));
}

/** Cyrillic and Greek letters that look like Latin ones: a name spelled with them reads the same. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

/** A name reduced to what a reader sees: no case, accents, spaces or punctuation; look-alike letters folded. */
export function nameKey(name: string): string {
  return Array.from(
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, ''),
    (char) => LOOK_ALIKES[char] ?? char,
  ).join('');
}

/** The pinned coach whose name an invite carries under another key, if any (removed coaches do not count). */
export function lookAlikeCoach(contacts: Contact[], invite: { name: string; keyId: string }): Contact | undefined {
  const key = nameKey(invite.name);
  return contacts.find(
    (c) => c.role === 'coach' && !c.removedAt && c.id !== invite.keyId && key !== '' && nameKey(c.name) === key,
  );
}
