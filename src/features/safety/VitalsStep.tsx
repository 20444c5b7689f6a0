import type { StepProps } from './ChoiceSteps';
import { useReadingForm } from './ReadingForm';
import { RuleLink } from './RuleLink';
import { StepFrame } from './StepFrame';

/** The first blood-pressure and heart-rate reading, seated after rest. */
export function VitalsStep(props: StepProps) {
  const rest = props.pack.readiness.bloodPressure.restMinutes;
  const form = useReadingForm('first', props.draft.firstReading);
  return (
    <StepFrame
      {...props}
      title="Blood pressure and heart rate"
      onNext={() => {
        const reading = form.read();
        if (!reading) return;
        // A new first reading makes any earlier re-check meaningless.
        props.onNext({ firstReading: reading, secondReading: undefined });
      }}
    >
      <ol>
        <li>Sit with your back supported and both feet flat on the floor.</li>
        <li>Rest your arm on a table, the cuff at the level of your heart.</li>
        <li>Sit quietly for {rest} minutes, then measure.</li>
      </ol>
      {form.fields}
      <p class="muted">If the reading is high, you will rest a few more minutes and measure again.</p>
      <p>
        <RuleLink ruleId="blood-pressure">Why blood pressure?</RuleLink> ·{' '}
        <RuleLink ruleId="heart-rate">Why heart rate?</RuleLink>
      </p>
    </StepFrame>
  );
}
