import { useState } from 'preact/hooks';
import type { CarePlan } from '../../domain/care-plan';
import type { ProtocolPack } from '../../domain/protocol-pack';
import type { Followed } from '../../domain/readiness-record';
import { type Choice, ChoiceField, YES_NO } from './ChoiceField';
import type { CheckInDraft } from './check-in-draft';
import { RuleLink } from './RuleLink';
import { StepFrame } from './StepFrame';

/** What every step gets: where it is, the answers so far, and how to move on. */
export interface StepProps {
  number: number;
  total: number;
  draft: CheckInDraft;
  pack: ProtocolPack;
  carePlan: CarePlan;
  onNext: (patch: Partial<CheckInDraft>) => void;
  onBack?: (() => void) | undefined;
}

const CHOOSE = 'Choose one answer to go on.';
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');

/** Alcohol or cannabis in the last hours the pack names. */
export function AlcoholStep(props: StepProps) {
  const [value, setValue] = useState(props.draft.alcoholOrCannabis);
  const [error, setError] = useState<string>();
  const hours = props.pack.readiness.alcoholCannabis.hours;
  return (
    <StepFrame
      {...props}
      title="Alcohol and cannabis"
      onNext={() => (value === undefined ? setError(CHOOSE) : props.onNext({ alcoholOrCannabis: value }))}
    >
      <ChoiceField
        name="alcohol"
        legend={`Have you had any alcohol or cannabis in the last ${hours} hours?`}
        choices={YES_NO}
        value={yesNo(value)}
        error={error}
        onChange={(v) => setValue(v === 'yes')}
      />
      <RuleLink ruleId="alcohol-cannabis" />
    </StepFrame>
  );
}

const FOLLOWED: readonly Choice<Followed>[] = [
  { value: 'yes', label: 'Yes, I followed them' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'I am not sure' },
];

/** Stimulants: only asks whether instructions were followed when the prescriber said to skip one today. */
export function StimulantsStep(props: StepProps) {
  const [skip, setSkip] = useState(props.draft.skipStimulantToday);
  const [followed, setFollowed] = useState(props.draft.stimulantsFollowed);
  const [error, setError] = useState<string>();
  function next() {
    if (skip === undefined || (skip && (followed === undefined || followed === 'not-applicable'))) {
      setError(CHOOSE);
      return;
    }
    props.onNext({ skipStimulantToday: skip, stimulantsFollowed: skip ? followed : 'not-applicable' });
  }
  return (
    <StepFrame {...props} title="Stimulant medicine" onNext={next}>
      <ChoiceField
        name="stimulant-skip"
        legend="Did your prescriber tell you to skip a stimulant medicine (for example for ADHD) on session days?"
        hint={props.pack.readiness.stimulants.text}
        choices={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No, or I do not take one' },
        ]}
        value={yesNo(skip)}
        error={skip === undefined ? error : undefined}
        onChange={(v) => setSkip(v === 'yes')}
      />
      {skip ? (
        <ChoiceField
          name="stimulant-followed"
          legend="Did you follow your prescriber’s instructions today?"
          choices={FOLLOWED}
          value={followed}
          error={error}
          onChange={setFollowed}
        />
      ) : null}
      <RuleLink ruleId="stimulants" />
    </StepFrame>
  );
}

/** Other medicines: taken as the prescriber said? The app repeats their instructions and never changes them. */
export function MedicinesStep(props: StepProps) {
  const [value, setValue] = useState(props.draft.medicines);
  const [error, setError] = useState<string>();
  const medicines = props.carePlan.medicines;
  return (
    <StepFrame
      {...props}
      title="Your other medicines"
      onNext={() => (value === undefined ? setError(CHOOSE) : props.onNext({ medicines: value }))}
    >
      <p>{props.pack.readiness.medicines.text}</p>
      {medicines.length > 0 ? (
        <div class="card">
          <h3>What your prescriber said</h3>
          <ul>
            {medicines.map((medicine) => (
              <li key={medicine.name}>
                <strong>{medicine.name}</strong>: {medicine.instructions}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ChoiceField
        name="medicines"
        legend="Have you taken your other medicines today as your prescriber said?"
        choices={[...FOLLOWED, { value: 'not-applicable', label: 'I take no other medicines' }]}
        value={value}
        error={error}
        onChange={setValue}
      />
      <RuleLink ruleId="medicines" />
    </StepFrame>
  );
}

/** The place: the pack's list, then one question. */
export function PlaceStep(props: StepProps) {
  const [value, setValue] = useState(props.draft.placeReady);
  const [error, setError] = useState<string>();
  return (
    <StepFrame
      {...props}
      title="Your space"
      onNext={() => (value === undefined ? setError(CHOOSE) : props.onNext({ placeReady: value }))}
    >
      <ul>
        {props.pack.readiness.place.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ChoiceField
        name="place"
        legend="Is your space ready like this?"
        choices={[
          { value: 'yes', label: 'Yes, it is ready' },
          { value: 'no', label: 'Not yet' },
        ]}
        value={yesNo(value)}
        error={error}
        onChange={(v) => setValue(v === 'yes')}
      />
      <RuleLink ruleId="place" />
    </StepFrame>
  );
}
