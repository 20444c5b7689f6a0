import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAD_BLOCK, pad, unpad } from '../../../src/domain/share-padding';

describe('share padding', () => {
  it('pads every payload to a whole number of KiB and gives it back unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        const padded = pad(data);
        expect(padded.length % PAD_BLOCK).toBe(0);
        expect(unpad(padded)).toEqual(data);
      }),
    );
  });

  it('refuses a length prefix past the end, non-zero fill, and a size that is not whole KiB', () => {
    const padded = pad(new Uint8Array([1, 2, 3]));
    const long = padded.slice();
    long[0] = 0xff;
    const dirty = padded.slice();
    dirty[500] = 1;
    expect(unpad(long)).toBeUndefined();
    expect(unpad(dirty)).toBeUndefined();
    expect(unpad(padded.subarray(0, 1000))).toBeUndefined();
  });
});
