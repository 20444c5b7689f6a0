import { describe, expect, it } from 'vitest';
import { lowest, median, presentationOffset, RecentOffsets } from '../../../src/lib/clock-pairing';

describe('lining up two clocks from recent readings', () => {
  it('takes the middle of the last three presentation readings, so one stray reading moves nothing', () => {
    const offsets = new RecentOffsets(3, median);
    for (const offset of [1000.1, 1003.2, 1000.2]) offsets.add(offset);
    expect(offsets.value()).toBeCloseTo(1000.2, 6);
  });

  it('follows a clock that has really shifted after two readings, forgetting what came before', () => {
    const offsets = new RecentOffsets(3, median);
    for (const offset of [1000, 1000, 1000, 990]) offsets.add(offset);
    expect(offsets.value()).toBe(1000);
    offsets.add(990);
    expect(offsets.value()).toBe(990);
  });

  it('takes the lowest of the rendering readings, which can only read late', () => {
    const offsets = new RecentOffsets(50, lowest);
    for (const offset of [1009, 1002, 1007]) offsets.add(offset);
    expect(offsets.value()).toBe(1002);
  });

  it('knows nothing before the first reading or after being cleared', () => {
    const offsets = new RecentOffsets(3, median);
    expect(offsets.value()).toBeUndefined();
    offsets.add(5);
    offsets.clear();
    expect(offsets.value()).toBeUndefined();
  });

  it('takes the median of an even number of readings halfway between the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('the offset a cue is scheduled by', () => {
  it('is the presentation pairing when it lies a plausible latency after rendering', () => {
    expect(presentationOffset(1041, 1000, 42)).toBe(1041);
  });

  it('is rendering plus the reported latency when the browser has no presentation pairing', () => {
    expect(presentationOffset(undefined, 1000, 42)).toBe(1042);
  });

  it('refuses a presentation pairing that would have a sample heard before it is made, or more than a second later', () => {
    expect(presentationOffset(980, 1000, 42)).toBe(1042);
    expect(presentationOffset(2500, 1000, 42)).toBe(1042);
  });

  it('is unknown with no reading of either kind', () => {
    expect(presentationOffset(undefined, undefined, 42)).toBeUndefined();
  });
});
