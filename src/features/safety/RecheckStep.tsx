import { useNow } from '../../state/use-now';
import type { StepProps } from './ChoiceSteps';
import { useReadingForm } from './ReadingForm';
import { RuleLink } from './RuleLink';
import { StepFrame } from './StepFrame';
import { clockTime } from './time-format';

function mmss(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The re-check after a first reading outside the usual range: rest (with breathing offered), a visible wait counted
 * from the first reading's stored time, then the second reading, which decides.
 */
export function RecheckStep(props: StepProps) {
  const first = props.draft.firstReading;
  const wait = props.pack.readiness.recheck.waitMinutes;
  const now = useNow(1000);
  const form = useReadingForm('second', props.draft.secondReading);
  if (!first) return null;
  const readyAt = new Date(new Date(first.takenAt).getTime() + wait * 60_000);
  const left = readyAt.getTime() - now.getTime();
  const waiting = left > 0;
  return (
    <StepFrame
      {...props}
      title="Rest, then measure again"
      nextDisabled={waiting}
      nextLabel={waiting ? `Measure again at ${clockTime(readyAt)}` : 'Next'}
      onNext={() => {
        if (waiting) return;
        const reading = form.read();
        if (reading) props.onNext({ secondReading: reading });
      }}
    >
      <p>
        Your first reading was {first.systolic}/{first.diastolic}, heart rate {first.heartRate}. That is outside the
        usual range, which often happens. Rest for {wait} more minutes, then measure again. The second reading decides.
      </p>
      <div class="card wait-card">
        {waiting ? (
          <p>
            <span class="muted">Time left to rest</span>
            <br />
            <span class="wait-clock" role="timer" aria-label={`${mmss(left)} left`}>
              {mmss(left)}
            </span>
          </p>
        ) : (
          <p role="status">
            <strong>Your rest is done. Measure again now and enter the numbers below.</strong>
          </p>
        )}
        <a class="btn btn--secondary" href={`/breathe?pattern=coherent&minutes=${wait}`}>
          Slow breathing while you wait
        </a>
      </div>
      {waiting ? null : form.fields}
      <RuleLink ruleId="recheck">Why measure again?</RuleLink>
    </StepFrame>
  );
}
