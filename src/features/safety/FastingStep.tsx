import { useState } from 'preact/hooks';
import { fastingWindow, formatMinutes } from '../../domain/fasting';
import { checkPastTime } from '../../domain/vitals-validation';
import { useNow } from '../../state/use-now';
import type { StepProps } from './ChoiceSteps';
import { RuleLink } from './RuleLink';
import { StepFrame } from './StepFrame';
import { clockTime, toLocalInput } from './time-format';

function TimeField({
  id,
  label,
  hint,
  value,
  error,
  onInput,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span id={`${id}-hint`} class="field__hint">
        {hint}
      </span>
      <input
        id={id}
        type="datetime-local"
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error ? (
        <span id={`${id}-error`} class="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function Countdown({ what, last, hours, now }: { what: string; last: string; hours: number; now: Date }) {
  const checked = checkPastTime(last, now);
  if (!checked.ok) return null;
  const window = fastingWindow(checked.at, hours, now);
  return (
    <li>
      {window.minutesLeft === 0 ? (
        <>
          <strong>{what}: done.</strong> {hours} hours have passed.
        </>
      ) : (
        <>
          <strong>
            {what}: {formatMinutes(window.minutesLeft)} to go
          </strong>{' '}
          (until {clockTime(window.metAt)}).
        </>
      )}
    </li>
  );
}

/** Last food and last drink, with a live countdown to when each fasting window is met. */
export function FastingStep(props: StepProps) {
  const { food, clearLiquids } = props.pack.readiness;
  const now = useNow(15_000);
  const [foodAt, setFoodAt] = useState(props.draft.lastFoodAt ? toLocalInput(new Date(props.draft.lastFoodAt)) : '');
  const [drinkAt, setDrinkAt] = useState(
    props.draft.lastDrinkAt ? toLocalInput(new Date(props.draft.lastDrinkAt)) : '',
  );
  const [errors, setErrors] = useState<{ food?: string; drink?: string }>({});

  function next() {
    const when = new Date();
    const f = checkPastTime(foodAt, when);
    const d = checkPastTime(drinkAt, when);
    if (!f.ok || !d.ok) {
      const found: { food?: string; drink?: string } = {};
      if (!f.ok) found.food = f.error;
      if (!d.ok) found.drink = d.error;
      setErrors(found);
      return;
    }
    props.onNext({ lastFoodAt: f.at.toISOString(), lastDrinkAt: d.at.toISOString() });
  }

  return (
    <StepFrame {...props} title="Food and drink" onNext={next}>
      <p>
        Nothing to eat for {food.hours} hours before the session, and nothing to drink for {clearLiquids.hours} hours.
      </p>
      <TimeField
        id="last-food"
        label="When did you last eat?"
        hint="Date and time of your last meal or snack."
        value={foodAt}
        error={errors.food}
        onInput={setFoodAt}
      />
      <TimeField
        id="last-drink"
        label="When did you last drink anything?"
        hint="Water and clear drinks count too."
        value={drinkAt}
        error={errors.drink}
        onInput={setDrinkAt}
      />
      <ul class="list-plain countdown" aria-live="polite">
        <Countdown what="Food" last={foodAt} hours={food.hours} now={now} />
        <Countdown what="Drinks" last={drinkAt} hours={clearLiquids.hours} now={now} />
      </ul>
      <p>
        <RuleLink ruleId="food">Why wait after eating?</RuleLink>
        {' · '}
        <RuleLink ruleId="clear-liquids">Why wait after drinking?</RuleLink>
      </p>
    </StepFrame>
  );
}
