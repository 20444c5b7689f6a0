// Vibration cues: felt, not seen, so a person with closed eyes knows the breath has turned.
import type { BreathPhaseKind } from '../domain/breath-pattern';

/** A distinct, gentle pattern for each phase: two short taps to breathe in, one long pulse to breathe out. */
export const VIBRATION_PATTERNS: Record<BreathPhaseKind, readonly number[]> = {
  inhale: [40, 80, 40],
  'top-up': [30],
  hold: [15],
  exhale: [220],
};

/** True when this device can vibrate. */
export function vibrationSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

/** Vibrates the pattern of a phase; false when the device cannot (or the browser refused). */
export function vibrateFor(kind: BreathPhaseKind): boolean {
  if (!vibrationSupported()) return false;
  try {
    return navigator.vibrate([...VIBRATION_PATTERNS[kind]]);
  } catch {
    return false;
  }
}

/** Stops any vibration in progress (on pause or stop). */
export function stopVibration(): void {
  if (vibrationSupported()) navigator.vibrate(0);
}
