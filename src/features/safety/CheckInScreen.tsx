import { useState } from 'preact/hooks';
import './safety.css';
import { decideReadiness } from '../../domain/readiness-decision';
import type { ReadinessAnswers, ReadinessRecord } from '../../domain/readiness-record';
import { needsRecheck } from '../../domain/vitals';
import { messageOf } from '../../lib/error-message';
import { saveReadiness } from '../../storage/readiness-store';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { CheckInIntro } from './CheckInIntro';
import { AlcoholStep, MedicinesStep, PlaceStep, type StepProps, StimulantsStep } from './ChoiceSteps';
import { type CheckInDraft, type CheckInStep, checkInSteps } from './check-in-draft';
import { DecisionView } from './DecisionView';
import { FastingStep } from './FastingStep';
import { RecheckStep } from './RecheckStep';
import { SitterStep } from './SitterStep';
import { useCheckInProgress } from './use-check-in-progress';
import { usePack, useSafetyContext } from './use-safety-context';
import { VitalsStep } from './VitalsStep';

const STEP_COMPONENTS: Record<CheckInStep, (props: StepProps) => preact.JSX.Element | null> = {
  fasting: FastingStep,
  alcohol: AlcoholStep,
  stimulants: StimulantsStep,
  medicines: MedicinesStep,
  sitter: SitterStep,
  place: PlaceStep,
  vitals: VitalsStep,
  recheck: RecheckStep,
};

/** Turns a finished draft into the decision's answers; undefined while any answer is missing. */
function completeAnswers(d: CheckInDraft): ReadinessAnswers | undefined {
  if (
    d.lastFoodAt === undefined ||
    d.lastDrinkAt === undefined ||
    d.alcoholOrCannabis === undefined ||
    d.stimulantsFollowed === undefined ||
    d.medicines === undefined ||
    d.sitterPresent === undefined ||
    d.placeReady === undefined
  ) {
    return undefined;
  }
  const answers: ReadinessAnswers = {
    lastFoodAt: d.lastFoodAt,
    lastDrinkAt: d.lastDrinkAt,
    alcoholOrCannabis: d.alcoholOrCannabis,
    stimulants: d.stimulantsFollowed,
    medicines: d.medicines,
    sitterPresent: d.sitterPresent,
    placeReady: d.placeReady,
  };
  if (d.sitterPresent && d.sitterName) answers.sitterName = d.sitterName;
  if (d.sitterPresent && d.sitterPhone) answers.sitterPhone = d.sitterPhone;
  return answers;
}

/** The session-day check-in: one question group per step, then the decision, saved as a readiness record. */
export function CheckInScreen() {
  const pack = usePack();
  const { context, error: contextError } = useSafetyContext();
  const { progress, loaded, saveError, setProgress, clear } = useCheckInProgress();
  const [record, setRecord] = useState<ReadinessRecord | undefined>();
  const [decideError, setDecideError] = useState<string | null>(null);

  if (!context || !loaded) {
    return (
      <Screen title="Session-day check-in">
        <p role="status">Loading your safety rules…</p>
      </Screen>
    );
  }
  const { draft, step } = progress;
  const steps = checkInSteps(draft.firstReading !== undefined && needsRecheck(draft.firstReading, pack));

  async function decide(final: CheckInDraft) {
    const answers = completeAnswers(final);
    if (!answers || !final.firstReading || !context) {
      setDecideError('Some answers are missing. Go back through the steps.');
      return;
    }
    const result = decideReadiness({
      answers,
      firstReading: final.firstReading,
      secondReading: final.secondReading,
      pack,
      now: new Date(),
      lastSessionAt: context.lastSessionAt,
      lastScreening: context.lastScreening,
      scaleResults: context.scaleResults,
    });
    const next: ReadinessRecord = {
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      packId: pack.id,
      packVersion: pack.version,
      answers,
      firstReading: final.firstReading,
      ...(final.secondReading && needsRecheck(final.firstReading, pack) ? { secondReading: final.secondReading } : {}),
      ...result,
      careTeamNotes: [],
    };
    try {
      await saveReadiness(next);
      setDecideError(null);
      setRecord(next);
      await clear();
    } catch (caught) {
      setDecideError(messageOf(caught, 'This check-in was not saved. Please try again.'));
    }
  }

  function onNext(patch: Partial<CheckInDraft>) {
    const nextDraft = { ...draft, ...patch };
    const nextSteps = checkInSteps(nextDraft.firstReading !== undefined && needsRecheck(nextDraft.firstReading, pack));
    if (step >= nextSteps.length) {
      setProgress({ draft: nextDraft, step });
      void decide(nextDraft);
    } else setProgress({ draft: nextDraft, step: step + 1 });
  }

  let body: preact.JSX.Element;
  if (record) {
    body = <DecisionView record={record} carePlan={context.carePlan} onChange={setRecord} />;
  } else if (step === 0) {
    body = <CheckInIntro pack={pack} context={context} onStart={() => setProgress({ draft, step: 1 })} />;
  } else {
    const current = steps[Math.min(step, steps.length) - 1] ?? 'fasting';
    const Step = STEP_COMPONENTS[current];
    body = (
      <Step
        key={current}
        number={step}
        total={steps.length}
        draft={draft}
        pack={pack}
        carePlan={context.carePlan}
        onNext={onNext}
        onBack={() => setProgress({ draft, step: step - 1 })}
      />
    );
  }

  return (
    <Screen title="Session-day check-in">
      {contextError ? <Notice tone="caution">{contextError}</Notice> : null}
      {saveError ? <Notice tone="caution">{saveError}</Notice> : null}
      {decideError ? (
        <Notice tone="danger">
          <p>{decideError}</p>
          <Button onClick={() => void decide(draft)}>Try again</Button>
        </Notice>
      ) : null}
      {body}
      {record ? (
        <Button variant="secondary" onClick={() => setRecord(undefined)}>
          Start a new check-in
        </Button>
      ) : null}
    </Screen>
  );
}
