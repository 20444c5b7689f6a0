import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_TAG, base64ToBytes, bytesToBase64, decodeValue, encodeValue } from '../../../src/storage/backup-codec';

describe('the backup codec', () => {
  it('turns any bytes into base64 and back unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not canonical base64', () => {
    for (const text of ['abc', 'a=bc', '****', 'YQ', 'YQ=', 'Y Q==']) expect(base64ToBytes(text)).toBeUndefined();
  });

  it('keeps a Blob’s bytes and type, byte for byte, through encode and decode', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const encoded = await encodeValue({ id: 'v', audio: new Blob([bytes], { type: 'audio/webm' }) });
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded))) as { audio: Blob };
    expect(decoded.audio).toBeInstanceOf(Blob);
    expect(decoded.audio.type).toBe('audio/webm');
    expect(new Uint8Array(await decoded.audio.arrayBuffer())).toEqual(bytes);
  });

  it('keeps ArrayBuffers and Uint8Arrays as what they were', async () => {
    const encoded = await encodeValue({ a: new Uint8Array([1, 2]).buffer, b: [new Uint8Array([3, 4])] });
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded))) as { a: ArrayBuffer; b: Uint8Array[] };
    expect(decoded.a).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(decoded.a)).toEqual(new Uint8Array([1, 2]));
    expect(decoded.b[0]).toEqual(new Uint8Array([3, 4]));
  });

  it('leaves plain JSON values alone', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(decodeValue(value)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('throws on a malformed binary tag (the restore turns that into a refusal)', () => {
    expect(() => decodeValue({ [BINARY_TAG]: 'blob', base64: 'YQ==' })).toThrow();
    expect(() => decodeValue({ [BINARY_TAG]: 'sound', base64: 'YQ==' })).toThrow();
    expect(() => decodeValue({ [BINARY_TAG]: 'arraybuffer', base64: '!!' })).toThrow();
    expect(() => decodeValue({ [BINARY_TAG]: 'arraybuffer', base64: 'YQ==', extra: 1 })).toThrow();
  });
});
