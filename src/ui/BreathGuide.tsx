import { useLayoutEffect, useRef } from 'preact/hooks';
import './BreathGuide.css';

/** What the guide shows: one phase of the breath, and how much of the practice is left. */
export interface BreathGuideProps {
  /** Changes at every phase, e.g. "12-0" (cycle-phase); restarts the animation. */
  phaseKey: string;
  /** The phase's kind, for styling ("inhale", "hold", …). */
  kind: string;
  /** "Breathe in", "Hold", "Breathe out". */
  word: string;
  /** Whole seconds left in this phase, for the still version. */
  phaseSecondsLeft: number;
  /** How full the circle is at the start and end of the phase (0–1), and where in the phase we are. */
  fromLevel: number;
  toLevel: number;
  phaseMs: number;
  phaseElapsedMs: number;
  /** "4:32 left". */
  timeLeft: string;
  /** 0–1 of the whole practice. */
  progress: number;
  /** Text and progress only, nothing moves (reduced motion). */
  still: boolean;
  paused: boolean;
}

function scaleOf(level: number): number {
  return 0.4 + 0.6 * level;
}

/**
 * The visual breath guide: a circle that grows as you breathe in and shrinks as you breathe out. The motion is a
 * compositor animation set once per phase from the engine's progress, so a busy main thread does not make it stutter.
 */
export function BreathGuide(props: BreathGuideProps) {
  const circle = useRef<HTMLDivElement>(null);
  const { phaseKey, fromLevel, toLevel, phaseMs, phaseElapsedMs, still, paused } = props;

  // Restarts the animation only when the phase changes or it is paused; the elapsed time is read at that moment.
  useLayoutEffect(() => {
    const element = circle.current;
    if (!element) return;
    for (const running of element.getAnimations()) running.cancel();
    const progress = phaseMs > 0 ? Math.min(1, phaseElapsedMs / phaseMs) : 1;
    const now = fromLevel + (toLevel - fromLevel) * (0.5 - Math.cos(Math.PI * progress) / 2);
    element.style.transform = `scale(${scaleOf(paused ? now : toLevel)})`;
    if (still || paused || typeof element.animate !== 'function') return;
    const animation = element.animate(
      [{ transform: `scale(${scaleOf(fromLevel)})` }, { transform: `scale(${scaleOf(toLevel)})` }],
      { duration: phaseMs, easing: 'cubic-bezier(0.37, 0, 0.63, 1)', fill: 'forwards' },
    );
    animation.currentTime = Math.min(phaseElapsedMs, phaseMs);
  }, [phaseKey, fromLevel, toLevel, phaseMs, still, paused]);

  return (
    <div class={`breath-guide${still ? ' breath-guide--still' : ''}`} data-kind={props.kind} data-phase={phaseKey}>
      {still ? null : (
        <div class="breath-guide__stage" aria-hidden="true">
          <div class="breath-guide__circle" ref={circle} />
        </div>
      )}
      <p class="breath-guide__word" aria-live="polite" aria-atomic="true">
        {paused ? 'Paused' : props.word}
      </p>
      {still ? (
        <p class="breath-guide__count" aria-hidden="true">
          {props.phaseSecondsLeft}
        </p>
      ) : null}
      <p class="breath-guide__left">{props.timeLeft}</p>
      <progress
        class="breath-guide__progress"
        aria-label="Practice progress"
        max={1000}
        value={Math.round(props.progress * 1000)}
      >
        {Math.round(props.progress * 100)}%
      </progress>
    </div>
  );
}
