import type { BreathPlan, PracticeClock } from '../../domain/breath-engine';
import { PHASE_WORDS } from '../../domain/breath-pattern';
import type { CuePreferences } from '../../domain/breath-practice';
import { stopVibration, vibrateFor } from '../../platform/haptics';
import { useScreenOn } from '../../state/use-screen-on';
import { BreathGuide } from '../../ui/BreathGuide';
import { Button, LinkButton } from '../../ui/Button';
import { KeepScreenOn } from '../../ui/KeepScreenOn';
import { CueControls } from './CueControls';
import { formatClock } from './patterns';
import { useBreathLoop } from './use-breath-loop';
import { type AudioHooks, useAudioCues, usePrefersReducedMotion } from './use-practice-cues';
import './breathwork.css';

/** Props of the practice player: the practice's plan and clock, its cues, and what to do on each control. */
export interface PracticePlayerProps {
  plan: BreathPlan;
  clock: PracticeClock;
  cues: CuePreferences;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onDone: () => void;
  onCues: (cues: CuePreferences) => void;
  audio?: AudioHooks;
}

/** A running practice: the guide, the phase words and time left, sound, vibration, wake lock and the controls. */
export function PracticePlayer(props: PracticePlayerProps) {
  const { plan, clock, cues } = props;
  const paused = clock.pausedAt !== null;
  const reducedMotion = usePrefersReducedMotion();
  const frame = useBreathLoop(plan, clock, {
    onPhase: (position) => {
      if (cues.vibration) vibrateFor(position.kind);
    },
    onDone: props.onDone,
  });
  const sound = useAudioCues(plan, clock, cues, props.audio);
  const screen = useScreenOn(!paused && !frame.position.done);
  const { position } = frame;
  const phase = plan.phases[position.phaseIndex]!;
  const dim = cues.dim || cues.eyesClosed;

  function pause() {
    stopVibration();
    props.onPause();
  }

  return (
    <div class={dim ? 'practice practice--dim' : 'practice'}>
      {cues.eyesClosed ? (
        <p class="practice__eyes-closed" data-phase={frame.phaseKey}>
          {paused ? 'Paused' : 'Sound only. Rest your eyes. Rising tone: breathe in. Falling tone: breathe out.'}
        </p>
      ) : (
        <BreathGuide
          phaseKey={frame.phaseKey}
          kind={position.kind}
          word={PHASE_WORDS[position.kind]}
          phaseSecondsLeft={frame.phaseSecondsLeft}
          fromLevel={phase.fromLevel}
          toLevel={phase.toLevel}
          phaseMs={position.phaseMs}
          phaseElapsedMs={position.phaseElapsedMs}
          timeLeft={`${formatClock(position.remainingMs)} left`}
          progress={position.elapsedMs / plan.totalMs}
          still={reducedMotion}
          paused={paused}
        />
      )}
      {(cues.sound || cues.eyesClosed) && !paused ? (
        <KeepScreenOn
          state={screen.state}
          stops="A locked phone stops the sound."
          instead="breathe on with the count you know"
          onRetry={screen.retry}
        />
      ) : null}
      {sound.needsTap ? (
        <Button variant="secondary" onClick={sound.unlock}>
          Turn sound on
        </Button>
      ) : null}
      <div class="btn-row practice__controls">
        {paused ? (
          <Button large onClick={props.onResume}>
            Resume
          </Button>
        ) : (
          <Button large onClick={pause}>
            Pause
          </Button>
        )}
        <Button variant="secondary" onClick={props.onStop}>
          Stop
        </Button>
        {dim ? (
          <Button variant="secondary" onClick={() => props.onCues({ ...cues, dim: false, eyesClosed: false })}>
            Leave dim screen
          </Button>
        ) : null}
        {dim ? (
          <LinkButton variant="secondary" href="/emergency">
            Get help now
          </LinkButton>
        ) : null}
      </div>
      {dim ? null : <CueControls cues={cues} onChange={props.onCues} />}
    </div>
  );
}
