import { describe, expect, it } from 'vitest';
import { CUE_TONE_WORDS, CUE_TONES, toneDirection } from '../../../src/domain/breath-cue-tones';
import { BreathPhaseKindSchema } from '../../../src/domain/breath-pattern';

describe('the breath cue sounds, with eyes closed and no vibration', () => {
  it('rises to breathe in, falls to breathe out, and holds on one steady note', () => {
    expect(toneDirection(CUE_TONES.inhale)).toBe('rising');
    expect(toneDirection(CUE_TONES.exhale)).toBe('falling');
    expect(toneDirection(CUE_TONES.hold)).toBe('steady');
    expect(toneDirection(CUE_TONES['top-up'])).toBe('rising');
  });

  it('says in words which sound is which phase, matching the sound itself', () => {
    expect(CUE_TONE_WORDS.inhale).toMatch(/rising.*breathe in/i);
    expect(CUE_TONE_WORDS.exhale).toMatch(/falling.*breathe out/i);
    expect(CUE_TONE_WORDS.hold).toMatch(/steady.*hold/i);
    for (const kind of BreathPhaseKindSchema.options) {
      expect(CUE_TONE_WORDS[kind].toLowerCase()).toContain(toneDirection(CUE_TONES[kind]));
    }
  });

  it('keeps every pair of phases apart by direction, or by a clear difference in pitch and length', () => {
    const kinds = BreathPhaseKindSchema.options;
    for (const a of kinds) {
      for (const b of kinds) {
        if (a === b) continue;
        const ta = CUE_TONES[a];
        const tb = CUE_TONES[b];
        const differentWay = toneDirection(ta) !== toneDirection(tb);
        // A rising top-up is told from a rising breath in by starting higher and lasting under half as long.
        const differentShape =
          Math.abs(ta.fromHz - tb.fromHz) >= 50 &&
          Math.max(ta.seconds, tb.seconds) >= 2 * Math.min(ta.seconds, tb.seconds);
        expect(differentWay || differentShape, `${a} vs ${b}`).toBe(true);
      }
    }
  });

  it('gives breathing in and out the same length class and loudness, so only the direction differs', () => {
    expect(CUE_TONES.inhale.peak).toBe(CUE_TONES.exhale.peak);
    expect(CUE_TONES.inhale.seconds).toBeGreaterThan(1);
    expect(CUE_TONES.exhale.seconds).toBeGreaterThan(1);
  });
});
