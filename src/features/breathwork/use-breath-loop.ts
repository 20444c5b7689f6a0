// Reads the engine once per frame and re-renders only when something a person can see has changed.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type BreathPlan,
  type BreathPosition,
  elapsedAt,
  type PracticeClock,
  positionAt,
} from '../../domain/breath-engine';

/** What the practice screen shows at one moment. */
export interface BreathFrame {
  position: BreathPosition;
  /** "<cycle>-<phase>": changes exactly when the phase does. */
  phaseKey: string;
  secondsLeft: number;
  phaseSecondsLeft: number;
}

/** The wall clock the engine runs on: epoch ms with sub-millisecond precision, from the same source as frames. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

function frameAt(plan: BreathPlan, clock: PracticeClock, now: number): BreathFrame {
  const position = positionAt(plan, elapsedAt(clock, now));
  return {
    position,
    phaseKey: `${position.cycle}-${position.phaseIndex}`,
    secondsLeft: Math.ceil(position.remainingMs / 1000),
    phaseSecondsLeft: Math.max(1, Math.ceil((position.phaseMs - position.phaseElapsedMs) / 1000)),
  };
}

/** A phase younger than this when the loop starts still gets its vibration. */
const FRESH_PHASE_MS = 250;

/** Callbacks of the loop: a new phase began (for vibration), the practice reached its end. */
export interface BreathLoopEvents {
  onPhase?: (position: BreathPosition) => void;
  onDone?: () => void;
}

/**
 * The current frame of a practice. Runs on animation frames while visible (using each frame's own timestamp, so the
 * phase shown is the phase at that frame) and on a slow timer while hidden, so the end is still noticed.
 */
export function useBreathLoop(plan: BreathPlan, clock: PracticeClock, events: BreathLoopEvents = {}): BreathFrame {
  const [frame, setFrame] = useState(() => frameAt(plan, clock, epochNow()));
  const shown = useRef(frame);
  const handlers = useRef(events);
  handlers.current = events;

  useEffect(() => {
    let finished = false;
    let first = true;
    function step(now: number): void {
      if (finished) return;
      const next = frameAt(plan, clock, now);
      const last = shown.current;
      // A phase that has only just begun when the loop starts (a fresh start or resume) gets its cue too.
      const justBegun = first && clock.pausedAt === null && next.position.phaseElapsedMs < FRESH_PHASE_MS;
      first = false;
      if ((next.phaseKey !== last.phaseKey || justBegun) && !next.position.done)
        handlers.current.onPhase?.(next.position);
      if (
        next.phaseKey !== last.phaseKey ||
        next.secondsLeft !== last.secondsLeft ||
        next.phaseSecondsLeft !== last.phaseSecondsLeft ||
        next.position.done !== last.position.done
      ) {
        shown.current = next;
        setFrame(next);
      }
      if (next.position.done) {
        finished = true;
        handlers.current.onDone?.();
      }
    }
    step(epochNow());
    if (clock.pausedAt !== null) return;
    let request = 0;
    const onFrame = (timestamp: number) => {
      step(performance.timeOrigin + timestamp);
      if (!finished) request = requestAnimationFrame(onFrame);
    };
    request = requestAnimationFrame(onFrame);
    const slow = setInterval(() => {
      if (document.visibilityState === 'hidden') step(epochNow());
    }, 1000);
    const onVisible = () => step(epochNow());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      finished = true;
      cancelAnimationFrame(request);
      clearInterval(slow);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [plan, clock]);

  return frame;
}
