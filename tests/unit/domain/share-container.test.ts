import { describe, expect, it } from 'vitest';
import {
  type ContainerHeader,
  encodeHeader,
  joinContainer,
  MAX_PBKDF2_ITERATIONS,
  parseContainer,
} from '../../../src/domain/share-container';
import { toBase64Url } from '../../../src/lib/base64url';
import { concatBytes, utf8 } from '../../../src/lib/bytes';

function makePassphraseHeader(overrides: Record<string, unknown> = {}): ContainerHeader {
  return {
    mode: 'passphrase',
    alg: 'PBKDF2-SHA256/A256GCM',
    iter: 600_000,
    salt: toBase64Url(new Uint8Array(16)),
    iv: toBase64Url(new Uint8Array(12)),
    created: '2026-11-10T09:00:00.000Z',
    ...overrides,
  } as ContainerHeader;
}

const body = new Uint8Array(1024 + 16);

describe('the share container', () => {
  it('splits a container into its header, associated data and ciphertext', () => {
    const aad = encodeHeader(makePassphraseHeader());
    const parsed = parseContainer(joinContainer(aad, body));
    expect(parsed.ok && parsed.value.header.mode).toBe('passphrase');
    expect(parsed.ok && parsed.value.aad).toEqual(aad);
    expect(parsed.ok && parsed.value.ciphertext.length).toBe(body.length);
  });

  it('says when a container comes from a newer version of the app', () => {
    const bytes = joinContainer(encodeHeader(makePassphraseHeader()), body);
    bytes[2] = 3;
    expect(parseContainer(bytes)).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('reads each version only with its own headers (a passphrase header under version 2 is refused)', () => {
    const bytes = joinContainer(encodeHeader(makePassphraseHeader()), body);
    expect(bytes[2]).toBe(1);
    bytes[2] = 2;
    expect(parseContainer(bytes)).toEqual({ ok: false, problem: 'unsupported' });
  });

  it('refuses PBKDF2 iterations outside the accepted range before any work', () => {
    for (const iter of [100_000, 599_999, MAX_PBKDF2_ITERATIONS + 1]) {
      const header = utf8(JSON.stringify(makePassphraseHeader({ iter })));
      const prefix = new Uint8Array([0x53, 0x50, 1, header.length >> 8, header.length & 0xff]);
      expect(parseContainer(concatBytes(prefix, header, body))).toEqual({ ok: false, problem: 'unsupported' });
    }
  });

  it('refuses a header with an unknown field, or a salt of the wrong length', () => {
    for (const header of [makePassphraseHeader({ extra: 1 }), makePassphraseHeader({ salt: 'AAAA' })]) {
      const json = utf8(JSON.stringify(header));
      const prefix = new Uint8Array([0x53, 0x50, 1, json.length >> 8, json.length & 0xff]);
      expect(parseContainer(concatBytes(prefix, json, body))).toEqual({ ok: false, problem: 'unsupported' });
    }
  });

  it('refuses something that is not a container at all', () => {
    expect(parseContainer(utf8('hello'))).toEqual({ ok: false, problem: 'not-a-share' });
    expect(parseContainer(new Uint8Array())).toEqual({ ok: false, problem: 'not-a-share' });
  });
});
