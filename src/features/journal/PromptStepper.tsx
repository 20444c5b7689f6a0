import { useState } from 'preact/hooks';
import type { PromptSet } from '../../domain/journal-prompt-set';
import { Field } from '../../ui/Field';

/** Props of a PromptStepper. */
export interface PromptStepperProps {
  set: PromptSet;
  answerOf(promptId: string): string;
  onAnswer(promptId: string, text: string): void;
}

/** Shows a prompt set one question at a time; every question can be skipped, and the person can go back. */
export function PromptStepper({ set, answerOf, onAnswer }: PromptStepperProps) {
  const [step, setStep] = useState(0);
  const prompt = set.prompts[step];
  if (!prompt) {
    return (
      <div class="card prompt-stepper">
        <p>That was the last prompt. Anything else can go in your entry below.</p>
        <button type="button" class="btn btn--secondary" onClick={() => setStep(0)}>
          Back to the first prompt
        </button>
      </div>
    );
  }
  const last = step === set.prompts.length - 1;
  const fieldId = `answer-${prompt.id}`;
  return (
    <div class="card prompt-stepper">
      <p class="muted">
        Prompt {step + 1} of {set.prompts.length}
      </p>
      <Field id={fieldId} label={prompt.text}>
        {(wiring) => (
          <textarea
            {...wiring}
            rows={4}
            value={answerOf(prompt.id)}
            onInput={(event) => onAnswer(prompt.id, event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="btn-row">
        {step > 0 ? (
          <button type="button" class="btn btn--secondary" onClick={() => setStep(step - 1)}>
            Previous
          </button>
        ) : null}
        {answerOf(prompt.id).trim() ? (
          <button type="button" class="btn" onClick={() => setStep(step + 1)}>
            {last ? 'Done with prompts' : 'Next prompt'}
          </button>
        ) : (
          <button type="button" class="btn btn--secondary" onClick={() => setStep(step + 1)}>
            Skip this prompt
          </button>
        )}
      </div>
    </div>
  );
}
