import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/lib/base64url';

describe('base64url', () => {
  it('matches the RFC 4648 examples without padding', () => {
    const encode = (text: string) => toBase64Url(new TextEncoder().encode(text));
    expect([encode(''), encode('f'), encode('fo'), encode('foo'), encode('foob'), encode('fooba')]).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
    ]);
  });

  it('gives back exactly the bytes it encoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the URL-safe alphabet, padding and impossible lengths', () => {
    expect(fromBase64Url('Zm9v+g')).toBeUndefined();
    expect(fromBase64Url('Zm9v/g')).toBeUndefined();
    expect(fromBase64Url('Zg==')).toBeUndefined();
    expect(fromBase64Url('Zm9vY')).toBeUndefined();
  });

  it('refuses a non-canonical encoding whose leftover bits are not zero', () => {
    expect(fromBase64Url('Zh')).toBeUndefined();
  });
});
