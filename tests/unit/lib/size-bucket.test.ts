import { describe, expect, it } from 'vitest';
import { BUCKET_STEP, bucketFor, MIN_BUCKET, padToBucket, unpadBucket } from '../../../src/lib/size-bucket';

describe('size buckets', () => {
  it('puts every small value in the smallest bucket', () => {
    expect(bucketFor(0)).toBe(MIN_BUCKET);
    expect(bucketFor(300)).toBe(MIN_BUCKET);
    expect(bucketFor(MIN_BUCKET - 4)).toBe(MIN_BUCKET);
  });

  it('doubles up to 64 KiB, then grows in whole steps', () => {
    expect(bucketFor(MIN_BUCKET - 3)).toBe(2 * MIN_BUCKET);
    expect(bucketFor(33_000)).toBe(BUCKET_STEP);
    expect(bucketFor(BUCKET_STEP)).toBe(2 * BUCKET_STEP);
    expect(bucketFor(1_000_000)).toBe(16 * BUCKET_STEP);
  });

  it('pads and unpads back to the same bytes', () => {
    for (const length of [0, 1, 500, 1020, 1021, 70_000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 7 + 1) & 255);
      const padded = padToBucket(data);
      expect(padded.length).toBe(bucketFor(length));
      expect(unpadBucket(padded)).toEqual(data);
    }
  });

  it('refuses padding that is not what padToBucket makes', () => {
    const padded = padToBucket(new Uint8Array([1, 2, 3]));
    const dirty = padded.slice();
    dirty[dirty.length - 1] = 1;
    expect(unpadBucket(dirty)).toBeUndefined();
    expect(unpadBucket(padded.subarray(0, 512))).toBeUndefined();
    const lying = padded.slice();
    new DataView(lying.buffer).setUint32(0, 5000);
    expect(unpadBucket(lying)).toBeUndefined();
  });
});
