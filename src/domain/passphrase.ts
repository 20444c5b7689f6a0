// Generated passphrases: 20 characters from an alphabet without look-alikes (Crockford base32), shown in five groups
// of four. 20 × 5 bits = 100 bits, well over the 80 the design asks for.

/** Crockford base32: no I, L, O or U, so nothing is misread in a dim room. */
export const PASSPHRASE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** How many characters a generated passphrase has. */
export const PASSPHRASE_LENGTH = 20;

/** Turns random bytes (one per character) into a grouped passphrase, e.g. "7K2M-QX9P-…". */
export function formatPassphrase(random: Uint8Array): string {
  const chars = Array.from(random.subarray(0, PASSPHRASE_LENGTH), (b) => PASSPHRASE_ALPHABET[b & 31] ?? '0');
  return groupsOf(chars.join(''), 4).join('-');
}

/** Splits text into groups of n characters. */
export function groupsOf(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

/** The canonical form of a typed passphrase: upper case, no spaces or dashes, look-alikes mapped (O→0, I/L→1). */
export function normalizePassphrase(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Encodes bytes (e.g. a key digest) as groups of Crockford base32 characters, for fingerprints. */
export function base32Groups(bytes: Uint8Array, groups: number, size: number): string[] {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && text.length < groups * size) {
      bits -= 5;
      text += PASSPHRASE_ALPHABET[(value >> bits) & 31];
    }
  }
  return groupsOf(text, size);
}
