import { describe, expect, it } from 'vitest';
import { SIGNED_PACK_TYPE, type SignedPack, signatureOf, signedBytesOf } from '../../../src/domain/pack-signature';
import { parsePackValue } from '../../../src/domain/protocol-pack-import';
import { toBase64Url } from '../../../src/lib/base64url';
import { makePack } from '../../fixtures/safety-builders';

const envelope = (pack: unknown): SignedPack => ({
  type: SIGNED_PACK_TYPE,
  v: 1,
  pack,
  publicKey: toBase64Url(new Uint8Array(65).fill(4)),
  signature: toBase64Url(new Uint8Array(64).fill(7)),
});

describe('the signed pack format', () => {
  it('signs the same bytes whatever order the fields came in', () => {
    expect(signedBytesOf({ b: 1, a: { d: 2, c: [3, 1] } })).toEqual(signedBytesOf({ a: { c: [3, 1], d: 2 }, b: 1 }));
    expect(new TextDecoder().decode(signedBytesOf({ b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
  });

  it('hands over the key, the signature and the bytes of the pack exactly as sent', () => {
    const pack = makePack();
    const parsed = parsePackValue(envelope(pack));
    expect(parsed.ok && parsed.pack).toEqual(pack);
    expect(parsed.ok && parsed.signature).toEqual(signatureOf(envelope(pack)));
    expect(parsed.ok && parsed.signature?.signed).toEqual(signedBytesOf(pack));
  });

  it('refuses a signed pack with a field it does not know, or a key or signature of the wrong size', () => {
    const pack = makePack();
    for (const bad of [
      { ...envelope(pack), note: 'hi' },
      { ...envelope(pack), v: 2 },
      { ...envelope(pack), publicKey: toBase64Url(new Uint8Array(64)) },
      { ...envelope(pack), signature: toBase64Url(new Uint8Array(65)) },
    ]) {
      const parsed = parsePackValue(bad);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok || parsed.message).toMatch(/signature cannot be read.*Nothing was changed\.$/);
    }
  });

  it('still reads an unsigned pack as before, with no signature', () => {
    const parsed = parsePackValue(makePack());
    expect(parsed.ok && parsed.signature).toBeUndefined();
  });
});
