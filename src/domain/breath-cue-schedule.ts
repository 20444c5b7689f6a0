// The rules of the breath cue scheduler: which stretch of the practice to hand to the audio clock next, where on
// that clock each tone starts, and what becomes of a tone already handed over when the two clocks turn out to line
// up a little differently. Times on the wall clock are epoch ms (the breath engine's clock); on the audio clock,
// seconds. The offset is the wall time at which a sample of audio time 0 is heard.

/** A cue later than this is dropped rather than played out of step with the breath. */
export const LATE_LIMIT_MS = 250;

/** A tone starting sooner than this (audio seconds) is left alone, so moving it can never clip it. */
export const SETTLED_S = 0.03;

/** A better estimate of the offset moves a waiting tone only when its start changes by more than this. */
export const MOVE_THRESHOLD_S = 0.0005;

/** A stretch of wall time, half-open: [fromMs, toMs). */
export interface CueWindow {
  fromMs: number;
  toMs: number;
}

/**
 * The stretch whose cues to schedule next: from where the last one ended (but no further back than a late cue may
 * still play) to `lookAheadMs` past `nowMs`, the earliest moment a tone started now can be heard. Null when that is
 * already scheduled.
 */
export function nextWindow(filledUntilMs: number, nowMs: number, lookAheadMs: number): CueWindow | null {
  const fromMs = Math.max(filledUntilMs, nowMs - LATE_LIMIT_MS);
  const toMs = nowMs + lookAheadMs;
  return toMs > fromMs ? { fromMs, toMs } : null;
}

/**
 * Where on the audio clock a tone wanted at `atMs` starts: exactly there when it is still ahead, at once when it is
 * only a little late, and nowhere (null) when it is too late to be in step with the breath.
 */
export function cueStartTime(atMs: number, offsetMs: number, audioNowS: number): number | null {
  const targetS = (atMs - offsetMs) / 1000;
  if (targetS >= audioNowS) return targetS;
  return (audioNowS - targetS) * 1000 <= LATE_LIMIT_MS ? audioNowS : null;
}

/** What to do with a tone already on the audio clock: leave it, move it to `startS`, or take it off. */
export type PendingReview = { action: 'keep' } | { action: 'move'; startS: number } | { action: 'drop' };

/**
 * Reviews a tone waiting to start at `startS` (wanted at `atMs`) against the latest offset: a tone about to sound is
 * left alone, one that is now too late is dropped (the audio clock stood still, say), one whose start has shifted
 * by more than a trace is moved.
 */
export function reviewPending(startS: number, atMs: number, offsetMs: number, audioNowS: number): PendingReview {
  if (startS <= audioNowS + SETTLED_S) return { action: 'keep' };
  const next = cueStartTime(atMs, offsetMs, audioNowS);
  if (next === null) return { action: 'drop' };
  return Math.abs(next - startS) > MOVE_THRESHOLD_S ? { action: 'move', startS: next } : { action: 'keep' };
}
