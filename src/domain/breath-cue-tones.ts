// The sound of each turn of the breath. With eyes closed and no vibration (an iPhone has none for the web), the sound
// alone must tell in from out: breathing in rises, breathing out falls, a hold is one short, quiet, steady note, and
// a top-up is a short, high rise. Each is told apart by direction, pitch and length, not by loudness alone.
import type { BreathPhaseKind } from './breath-pattern';

/** One cue tone: a sine glide from one pitch to another. */
export interface CueTone {
  /** Start and end pitch, in hertz. */
  fromHz: number;
  toHz: number;
  seconds: number;
  /** Peak loudness, 0–1, before the volume control. */
  peak: number;
}

/** The tone of each phase. */
export const CUE_TONES: Readonly<Record<BreathPhaseKind, CueTone>> = {
  inhale: { fromHz: 262, toHz: 392, seconds: 1.1, peak: 0.3 },
  'top-up': { fromHz: 392, toHz: 494, seconds: 0.45, peak: 0.25 },
  hold: { fromHz: 330, toHz: 330, seconds: 0.35, peak: 0.12 },
  exhale: { fromHz: 392, toHz: 233, seconds: 1.4, peak: 0.3 },
};

/** Which way a tone moves. */
export function toneDirection(tone: CueTone): 'rising' | 'falling' | 'steady' {
  if (tone.toHz > tone.fromHz) return 'rising';
  if (tone.toHz < tone.fromHz) return 'falling';
  return 'steady';
}

/** What each sound means, in words for the screen before the eyes close. */
export const CUE_TONE_WORDS: Readonly<Record<BreathPhaseKind, string>> = {
  inhale: 'A rising tone: breathe in.',
  'top-up': 'A short, high rising tone: a little more in.',
  hold: 'A short, soft, steady note: hold.',
  exhale: 'A falling tone: breathe out.',
};
