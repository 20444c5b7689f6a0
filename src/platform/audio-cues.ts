// Soft synthesised tones at each turn of the breath, scheduled on the Web Audio clock a little ahead of time
// ("a tale of two clocks"): a coarse timer only fills the look-ahead window, the audio clock plays each tone on
// time, so a busy main thread or a late timer does not make a cue late. No audio files.
import type { BreathPhaseKind } from '../domain/breath-pattern';

/** A tone wanted at a wall-clock moment (epoch ms, the same clock as the breath engine). */
export interface CueRequest {
  kind: BreathPhaseKind;
  atMs: number;
}

/** A tone that has been handed to the audio clock: where it was wanted and where it was put (seconds). */
export interface ScheduledCue {
  kind: BreathPhaseKind;
  atMs: number;
  /** The audio time that corresponds to atMs. */
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

/** Tones starting sooner than this are left alone, so a reschedule can never clip a tone already sounding. */
const RESCHEDULE_MARGIN_S = 0.03;

/** A cue later than this is dropped rather than played out of step with the breath. */
const LATE_LIMIT_MS = 250;

interface Tone {
  from: number;
  to: number;
  seconds: number;
  peak: number;
}

const TONES: Record<BreathPhaseKind, Tone> = {
  inhale: { from: 262, to: 392, seconds: 1.1, peak: 0.3 },
  'top-up': { from: 392, to: 494, seconds: 0.45, peak: 0.25 },
  hold: { from: 330, to: 330, seconds: 0.35, peak: 0.12 },
  exhale: { from: 392, to: 233, seconds: 1.4, peak: 0.3 },
};

/** Longest the first pairing may spin waiting for the audio clock to tick (one audio buffer is 3–20 ms). */
const ANCHOR_SPIN_MS = 25;
/** How many recent clock pairings the offset is taken from (about 5 s of ticks). */
const PAIRINGS_KEPT = 50;

/**
 * Reads the offset between the wall clock (epoch ms) and the audio clock (ms). currentTime only moves once per audio
 * buffer and the audio thread runs a little late at times, so every reading is at or above the true offset; with
 * `waitForTick` we spin (briefly) until the audio clock moves, which lands close to it at once.
 */
export function readClockOffset(context: BaseAudioContext, waitForTick = false): number {
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

/** The lowest of the recent offsets: the best estimate of how the two clocks line up. */
export class ClockPairing {
  private offsets: number[] = [];

  /** Adds one reading. */
  add(offset: number): void {
    this.offsets.push(offset);
    if (this.offsets.length > PAIRINGS_KEPT) this.offsets.shift();
  }

  /** Wall-clock ms minus audio-clock ms. */
  offset(): number {
    return Math.min(...this.offsets);
  }

  /** Forgets every reading (after the audio clock was suspended). */
  clear(): void {
    this.offsets = [];
  }

  /** True when there is no reading yet. */
  empty(): boolean {
    return this.offsets.length === 0;
  }
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
  const pairing = new ClockPairing();
  let filledUntilMs = 0;
  let pending: { cue: CueRequest; startTime: number; osc: OscillatorNode }[] = [];

  function play(kind: BreathPhaseKind, at: number): OscillatorNode {
    const tone = TONES[kind];
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(tone.from, at);
    osc.frequency.exponentialRampToValueAtTime(tone.to, at + tone.seconds * 0.8);
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

  function schedule(cue: CueRequest, offset: number): void {
    const targetTime = (cue.atMs - offset) / 1000;
    const startTime = Math.max(targetTime, context.currentTime);
    pending.push({ cue, startTime, osc: play(cue.kind, startTime) });
    options.onScheduled?.({ kind: cue.kind, atMs: cue.atMs, targetTime, startTime });
  }

  // The offset estimate sharpens with every reading; tones not yet near their start move to the better time.
  function refine(offset: number): void {
    const waiting = pending.filter((entry) => entry.startTime > context.currentTime + RESCHEDULE_MARGIN_S);
    pending = [];
    for (const entry of waiting) {
      if (Math.abs((entry.cue.atMs - offset) / 1000 - entry.startTime) < 0.0002) {
        pending.push(entry);
        continue;
      }
      cancel(entry.osc);
      schedule(entry.cue, offset);
    }
  }

  function tick(): void {
    if (!source || context.state !== 'running') {
      pairing.clear();
      return;
    }
    pairing.add(readClockOffset(context, pairing.empty()));
    const offset = pairing.offset();
    refine(offset);
    const nowMs = offset + context.currentTime * 1000;
    const from = Math.max(filledUntilMs, nowMs - LATE_LIMIT_MS);
    const to = nowMs + (document.visibilityState === 'hidden' ? hiddenLookAheadMs : lookAheadMs);
    if (to <= from) return;
    for (const cue of source(from, to)) schedule(cue, offset);
    filledUntilMs = to;
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
      tick();
      timer = setInterval(tick, tickMs);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      source = undefined;
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
