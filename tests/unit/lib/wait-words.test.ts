import { describe, expect, it } from 'vitest';
import { describeWait } from '../../../src/lib/wait-words';

describe('a wait in words', () => {
  it('rounds up to whole seconds and names minutes', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(29_001)).toBe('30 seconds');
    expect(describeWait(60_000)).toBe('1 minute');
    expect(describeWait(125_000)).toBe('2 minutes 5 seconds');
  });
});
