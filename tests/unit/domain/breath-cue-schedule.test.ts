import { describe, expect, it } from 'vitest';
import {
  cueStartTime,
  LATE_LIMIT_MS,
  nextWindow,
  reviewPending,
  SETTLED_S,
} from '../../../src/domain/breath-cue-schedule';

// The wall clock reads 10,000 ms when the audio clock's sample 0 is heard: audio second s is heard at 10,000 + 1000 s.
const OFFSET = 10_000;

describe('the stretch of practice handed to the audio clock next', () => {
  it('runs from where the last one ended to the look-ahead past now', () => {
    expect(nextWindow(12_300, 12_200, 500)).toEqual({ fromMs: 12_300, toMs: 12_700 });
  });

  it('reaches back no further than a late cue may still play, after a long stall', () => {
    expect(nextWindow(12_300, 20_000, 500)).toEqual({ fromMs: 20_000 - LATE_LIMIT_MS, toMs: 20_500 });
  });

  it('is nothing while the look-ahead is already filled', () => {
    expect(nextWindow(12_700, 12_100, 500)).toBeNull();
  });
});

describe('where a cue starts on the audio clock', () => {
  it('is the audio time heard at its wall time, when that is still ahead', () => {
    expect(cueStartTime(12_500, OFFSET, 2.3)).toBeCloseTo(2.5, 9);
  });

  it('is now when the cue is only a little late, and nowhere when it is too late to be in step', () => {
    expect(cueStartTime(12_500, OFFSET, 2.6)).toBe(2.6);
    expect(cueStartTime(12_500, OFFSET, 2.5 + (LATE_LIMIT_MS + 1) / 1000)).toBeNull();
  });
});

describe('a tone already on the audio clock, when the clocks line up differently', () => {
  it('moves to the sharper time while it is still well ahead', () => {
    expect(reviewPending(2.5, 12_500, OFFSET - 2, 2.0)).toEqual({ action: 'move', startS: 2.502 });
  });

  it('stays put for a change of a trace, or when it is about to sound', () => {
    expect(reviewPending(2.5, 12_500, OFFSET - 0.1, 2.0)).toEqual({ action: 'keep' });
    expect(reviewPending(2.5, 12_500, OFFSET - 5, 2.5 - SETTLED_S / 2)).toEqual({ action: 'keep' });
  });

  it('goes when the audio clock stood still and the breath has moved on past it', () => {
    // Suspended for 10 s: the tone is still ahead on the audio clock, but its breath was 10 s ago.
    expect(reviewPending(2.5, 12_500, OFFSET + 10_000, 2.4)).toEqual({ action: 'drop' });
  });
});
