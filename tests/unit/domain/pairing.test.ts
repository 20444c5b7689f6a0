import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, type Invite, inviteFileText, parseInviteJson } from '../../../src/domain/pairing';
import { base32Groups, formatPassphrase, normalizePassphrase } from '../../../src/domain/passphrase';

function makeInvite(): Invite {
  return { v: 1, type: 'coach-invite', name: 'Dr Rivera', publicKey: 'B'.repeat(87) };
}

describe('a coach invite', () => {
  it('travels as base64url text and comes back the same', () => {
    expect(decodeInvite(encodeInvite(makeInvite()))).toEqual(makeInvite());
  });

  it('travels as a file holding the same JSON', () => {
    expect(parseInviteJson(inviteFileText(makeInvite()))).toEqual(makeInvite());
    expect(parseInviteJson('{"v":1}')).toBeUndefined();
    expect(parseInviteJson('not json')).toBeUndefined();
  });

  it('is refused when damaged, too long, or carrying extra fields', () => {
    expect(decodeInvite(`${encodeInvite(makeInvite())}x`)).toBeUndefined();
    expect(decodeInvite('A'.repeat(2000))).toBeUndefined();
    const extra = btoa(JSON.stringify({ ...makeInvite(), admin: true })).replace(/=+$/, '');
    expect(decodeInvite(extra.replace(/\+/g, '-').replace(/\//g, '_'))).toBeUndefined();
  });
});

describe('fingerprints and passphrases', () => {
  it('shows five groups of four unambiguous characters', () => {
    expect(base32Groups(new Uint8Array(32).fill(255), 5, 4)).toEqual(['ZZZZ', 'ZZZZ', 'ZZZZ', 'ZZZZ', 'ZZZZ']);
    expect(formatPassphrase(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000');
  });

  it('reads a passphrase typed loosely: lower case, spaces, and look-alike letters', () => {
    expect(normalizePassphrase('7k2m o1il-qx9p')).toBe(normalizePassphrase('7K2M-0111-QX9P'));
  });
});
