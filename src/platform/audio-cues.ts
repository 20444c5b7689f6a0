// Soft synthesised tones at each turn of the breath, scheduled on the Web Audio clock a little ahead of time
// ("a tale of two clocks"): a coarse timer only fills the look-ahead window, the audio clock plays each tone on
// time, so a busy main thread or a late timer does not make a cue late. Each tone is placed from the boundary's
// wall time through the latest pairing of the two clocks at the output (when a sample is heard, not when it is
// computed), so the tone is heard on the boundary and a clock that drifts or loses time is followed within a tick.
// The rules live in domain/breath-cue-schedule.ts; this file is their Web Audio doorway. No audio files.
import { cueStartTime, nextWindow, reviewPending } from '../domain/breath-cue-schedule';
import { CUE_TONES } from '../domain/breath-cue-tones';
import type { BreathPhaseKind } from '../domain/breath-pattern';
import { lowest, median, presentationOffset, RecentOffsets } from '../lib/clock-pairing';

/** A tone wanted at a wall-clock moment (epoch ms, the same clock as the breath engine). */
export interface CueRequest {
  kind: BreathPhaseKind;
  atMs: number;
}

/** A tone that has been handed to the audio clock: where it was wanted and where it was put (seconds). */
export interface ScheduledCue {
  kind: BreathPhaseKind;
  atMs: number;
  /** The audio time whose sample is heard at atMs. */
  targetTime: number;
  /** The audio time the tone actually starts (later than targetTime only when the window was filled too late). */
  startTime: number;
}

/** Options of the cue player. */
export interface AudioCueOptions {
  /** An existing context (tests pass theirs); otherwise one is made. */
  context?: AudioContext;
  /** 0–1. */
  volume?: number;
  /** How far ahead tones are scheduled while visible; hidden pages use 1.5 s, beyond the 1 s timer throttling. */
  lookAheadMs?: number;
  /** How often the window is refilled. */
  tickMs?: number;
  /** Told about every scheduled tone, and again when one is moved to a sharper time (the last report counts). */
  onScheduled?: (cue: ScheduledCue) => void;
}

/** Plays breath cues on the audio clock. */
export interface AudioCues {
  /** Starts filling the look-ahead window from `cuesBetween(fromMs, toMs)`, epoch ms, half-open. */
  start(cuesBetween: (fromMs: number, toMs: number) => CueRequest[]): void;
  /** Stops scheduling and silences every tone already scheduled (pause, stop). */
  stop(): void;
  setVolume(volume: number): void;
  /** Lets sound play after a tap (browsers keep audio suspended until the person touches the page). */
  unlock(): Promise<boolean>;
  /** True when the browser is letting sound play. */
  running(): boolean;
  close(): Promise<void>;
}

/** Longest the first reading may spin waiting for the audio clock to tick (one audio buffer is 3–20 ms). */
const ANCHOR_SPIN_MS = 25;
/** How many recent readings of the rendering clock the fallback offset is taken from (about 5 s of ticks). */
const RENDERED_KEPT = 50;
/** How many presentation readings the offset is the median of: one stray reading is ignored, a real shift is not. */
const PRESENTED_KEPT = 3;
/** A presentation reading older than this dates from before the audio clock stood still. */
const STALE_READING_MS = 1000;

/**
 * The offset between the wall clock (epoch ms) and the audio clock (ms) as rendering sees it. currentTime only
 * moves once per audio buffer, so every reading is at or above the true offset; with `waitForTick` we spin (briefly)
 * until the audio clock moves, which lands close to it at once.
 */
function readRenderedOffset(context: BaseAudioContext, waitForTick = false): number {
  const first = context.currentTime;
  const start = performance.now();
  let audio = first;
  let now = start;
  while (waitForTick && audio === first && now - start < ANCHOR_SPIN_MS) {
    audio = context.currentTime;
    now = performance.now();
  }
  return performance.timeOrigin + now - audio * 1000;
}

/**
 * The offset at which the audio leaves the device: the wall time of the moment a sample of audio time 0 is heard,
 * from the pair of times the audio system stamps together (so a busy main thread cannot skew it). Undefined where
 * the browser has no such pairing yet (before the first buffer played, after a suspension) or none at all.
 */
function readPresentedOffset(context: AudioContext): number | undefined {
  if (typeof context.getOutputTimestamp !== 'function') return undefined;
  const { contextTime, performanceTime } = context.getOutputTimestamp();
  if (!contextTime || !performanceTime) return undefined;
  if (performance.now() - performanceTime > STALE_READING_MS) return undefined;
  return performance.timeOrigin + performanceTime - contextTime * 1000;
}

/** What the device says lies between rendering a sample and hearing it, in ms (0 where it does not say). */
function reportedLatencyMs(context: AudioContext): number {
  return ((context.baseLatency ?? 0) + (context.outputLatency ?? 0)) * 1000;
}

/** True when the browser has Web Audio. */
export function audioCuesSupported(): boolean {
  return typeof AudioContext !== 'undefined';
}

/** Makes a cue player: rising tones to breathe in, falling to breathe out, a quiet tick to hold. */
export function createAudioCues(options: AudioCueOptions = {}): AudioCues {
  const context = options.context ?? new AudioContext({ latencyHint: 'playback' });
  const lookAheadMs = options.lookAheadMs ?? 500;
  const hiddenLookAheadMs = Math.max(lookAheadMs, 1500);
  const tickMs = options.tickMs ?? 100;
  const master = context.createGain();
  master.gain.value = options.volume ?? 0.5;
  master.connect(context.destination);
  const live = new Set<OscillatorNode>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let source: ((fromMs: number, toMs: number) => CueRequest[]) | undefined;
  const rendered = new RecentOffsets(RENDERED_KEPT, lowest);
  const presented = new RecentOffsets(PRESENTED_KEPT, median);
  let filledUntilMs = 0;
  let pending: { cue: CueRequest; startTime: number; osc: OscillatorNode }[] = [];

  function play(kind: BreathPhaseKind, at: number): OscillatorNode {
    const tone = CUE_TONES[kind];
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(tone.fromHz, at);
    osc.frequency.exponentialRampToValueAtTime(tone.toHz, at + tone.seconds * 0.8);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(tone.peak, at + 0.12);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.seconds);
    osc.connect(gain).connect(master);
    osc.start(at);
    osc.stop(at + tone.seconds + 0.05);
    live.add(osc);
    osc.onended = () => {
      live.delete(osc);
      gain.disconnect();
    };
    return osc;
  }

  function schedule(cue: CueRequest, offset: number, audioNow: number): void {
    const startTime = cueStartTime(cue.atMs, offset, audioNow);
    if (startTime === null) return;
    pending.push({ cue, startTime, osc: play(cue.kind, startTime) });
    options.onScheduled?.({ kind: cue.kind, atMs: cue.atMs, targetTime: (cue.atMs - offset) / 1000, startTime });
  }

  // The two clocks are read afresh on every tick; tones not yet about to sound follow the latest reading.
  function review(offset: number, audioNow: number): void {
    const waiting = pending.filter((entry) => entry.startTime > audioNow);
    pending = [];
    for (const entry of waiting) {
      const decision = reviewPending(entry.startTime, entry.cue.atMs, offset, audioNow);
      if (decision.action === 'keep') {
        pending.push(entry);
        continue;
      }
      cancel(entry.osc);
      if (decision.action === 'move') schedule(entry.cue, offset, audioNow);
    }
  }

  // The presentation pairing where the browser has one; the rendering clock (spun on at first) where it has not.
  function readOffset(): number | undefined {
    const heard = readPresentedOffset(context);
    if (heard !== undefined) presented.add(heard);
    rendered.add(readRenderedOffset(context, heard === undefined && rendered.value() === undefined));
    return presentationOffset(presented.value(), rendered.value(), reportedLatencyMs(context));
  }

  function tick(): void {
    if (!source || context.state !== 'running') return;
    const offset = readOffset();
    if (offset === undefined) return;
    const audioNow = context.currentTime;
    review(offset, audioNow);
    const hidden = document.visibilityState === 'hidden';
    const window = nextWindow(filledUntilMs, offset + audioNow * 1000, hidden ? hiddenLookAheadMs : lookAheadMs);
    if (!window) return;
    for (const cue of source(window.fromMs, window.toMs)) schedule(cue, offset, audioNow);
    filledUntilMs = window.toMs;
  }

  // A suspended or interrupted audio clock (iOS when the screen locks, a frozen page) stands still while the
  // practice goes on: its tones would come late, so they go, and the window is filled afresh from new readings.
  function onStateChange(): void {
    if (context.state === 'running') {
      tick();
      return;
    }
    silence();
    rendered.clear();
    presented.clear();
    filledUntilMs = 0;
  }

  function cancel(osc: OscillatorNode): void {
    osc.onended = null;
    live.delete(osc);
    try {
      osc.stop();
    } catch {
      // Already stopped.
    }
    osc.disconnect();
  }

  function silence(): void {
    for (const osc of live) cancel(osc);
    live.clear();
    pending = [];
  }

  return {
    start(cuesBetween) {
      this.stop();
      source = cuesBetween;
      filledUntilMs = 0;
      context.addEventListener('statechange', onStateChange);
      // Hiding the page slows timers to once a second: the longer hidden look-ahead is filled before that begins.
      document.addEventListener('visibilitychange', tick);
      tick();
      timer = setInterval(tick, tickMs);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      source = undefined;
      context.removeEventListener('statechange', onStateChange);
      document.removeEventListener('visibilitychange', tick);
      silence();
    },
    setVolume(volume) {
      master.gain.setTargetAtTime(Math.min(1, Math.max(0, volume)), context.currentTime, 0.05);
    },
    async unlock() {
      try {
        if (context.state === 'suspended') await context.resume();
      } catch {
        // Still locked: the visual and vibration cues carry on.
      }
      return context.state === 'running';
    },
    running: () => context.state === 'running',
    async close() {
      this.stop();
      if (!options.context) await context.close();
    },
  };
}
