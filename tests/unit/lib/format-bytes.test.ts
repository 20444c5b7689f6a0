import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 KB'],
    [3_400, '3.4 KB'],
    [52_000_000, '52 MB'],
    [1_200_000_000, '1.2 GB'],
    [-1, 'unknown'],
  ])('writes %d as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });
});
