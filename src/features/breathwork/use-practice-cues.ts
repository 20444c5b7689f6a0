// The sound, vibration and wake lock that go with a running practice.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type BreathPlan,
  boundariesBetween,
  elapsedAt,
  type PracticeClock,
  wallTimeOf,
} from '../../domain/breath-engine';
import type { CuePreferences } from '../../domain/breath-practice';
import { type AudioCues, audioCuesSupported, createAudioCues } from '../../platform/audio-cues';

/** Test and benchmark hooks into the audio cues: their own running context, whose oscillators they can watch. */
export interface AudioHooks {
  context?: AudioContext;
}

/** The phase starts of a running practice between two wall-clock moments, as tones to play. */
export function cuesOf(plan: BreathPlan, clock: PracticeClock) {
  return (fromMs: number, toMs: number) =>
    boundariesBetween(plan, elapsedAt(clock, fromMs), elapsedAt(clock, toMs)).map((boundary) => ({
      kind: boundary.kind,
      atMs: wallTimeOf(clock, boundary.atElapsedMs),
    }));
}

/**
 * Plays the audio cues while the practice runs with sound on; says when the browser needs a tap before it lets
 * sound play (after a reload, for instance).
 */
export function useAudioCues(
  plan: BreathPlan,
  clock: PracticeClock,
  prefs: CuePreferences,
  hooks: AudioHooks = {},
): { needsTap: boolean; unlock: () => void } {
  const player = useRef<AudioCues | undefined>(undefined);
  const [needsTap, setNeedsTap] = useState(false);
  const wanted = (prefs.sound || prefs.eyesClosed) && clock.pausedAt === null && audioCuesSupported();
  const volume = useRef(prefs.volume);
  volume.current = prefs.volume;

  useEffect(() => {
    if (!wanted) return;
    player.current ??= createAudioCues({ context: hooks.context, volume: volume.current });
    const cues = player.current;
    cues.start(cuesOf(plan, clock));
    void cues.unlock().then((running) => setNeedsTap(!running));
    return () => cues.stop();
  }, [wanted, plan, clock, hooks.context]);

  useEffect(() => {
    player.current?.setVolume(prefs.volume);
  }, [prefs.volume]);

  useEffect(
    () => () => {
      void player.current?.close();
      player.current = undefined;
    },
    [],
  );

  return {
    needsTap: wanted && needsTap,
    unlock: () => {
      void player.current?.unlock().then((running) => setNeedsTap(!running));
    },
  };
}

/** True when the person asked their device for less motion. */
export function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
}
