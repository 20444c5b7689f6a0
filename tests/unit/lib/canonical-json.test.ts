import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/lib/canonical-json';

describe('canonical JSON', () => {
  it('gives the same text whatever order the keys were written in, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});
