import { useState } from 'preact/hooks';
import { messageOf } from '../../lib/error-message';
import { updateCarePlan } from '../../storage/care-plan-store';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ChoiceField } from './ChoiceField';
import type { StepProps } from './ChoiceSteps';
import { RuleLink } from './RuleLink';
import { StepFrame } from './StepFrame';

/** The sitter: present now? Name and phone, remembered in the care plan for next time. */
export function SitterStep(props: StepProps) {
  const rule = props.pack.readiness.sitter;
  const [present, setPresent] = useState(props.draft.sitterPresent);
  const [name, setName] = useState(props.draft.sitterName ?? props.carePlan.sitter?.name ?? '');
  const [phone, setPhone] = useState(props.draft.sitterPhone ?? props.carePlan.sitter?.phone ?? '');
  const [errors, setErrors] = useState<{ present?: string; name?: string; phone?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  async function next() {
    const found: typeof errors = {};
    if (present === undefined) found.present = 'Choose one answer to go on.';
    if (present && name.trim() === '') found.name = 'Enter your sitter’s name.';
    if (present && !/[0-9]{3,}/.test(phone.replace(/\D/g, '')))
      found.phone = 'Enter a phone number your sitter will answer.';
    setErrors(found);
    if (Object.keys(found).length > 0 || present === undefined) return;
    const sitter = { name: name.trim(), phone: phone.trim() };
    if (present && (sitter.name !== props.carePlan.sitter?.name || sitter.phone !== props.carePlan.sitter?.phone)) {
      try {
        await updateCarePlan({ sitter });
      } catch (caught) {
        // Not remembering the sitter for next time must not block today's check-in; say so and go on.
        setSaveError(messageOf(caught, 'Could not remember your sitter for next time.'));
      }
    }
    props.onNext(
      present ? { sitterPresent: true, sitterName: sitter.name, sitterPhone: sitter.phone } : { sitterPresent: false },
    );
  }

  return (
    <StepFrame {...props} title="Your sitter" onNext={() => void next()}>
      <p>{rule.text}</p>
      <ChoiceField
        name="sitter"
        legend={`Is your sitter (${rule.minAge} or older, sober) with you now, and staying for the whole session?`}
        choices={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={present === undefined ? undefined : present ? 'yes' : 'no'}
        error={errors.present}
        onChange={(v) => setPresent(v === 'yes')}
      />
      {present ? (
        <div class="card">
          <Field id="sitter-name" label="Sitter’s name" error={errors.name}>
            {(wiring) => (
              <input {...wiring} autocomplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            )}
          </Field>
          <Field id="sitter-phone" label="Sitter’s phone" error={errors.phone}>
            {(wiring) => (
              <input
                {...wiring}
                type="tel"
                autocomplete="off"
                value={phone}
                onInput={(e) => setPhone(e.currentTarget.value)}
              />
            )}
          </Field>
          <p class="muted">Kept in your care plan on this device, so you do not have to type it next time.</p>
        </div>
      ) : null}
      {saveError ? <Notice tone="caution">{saveError}</Notice> : null}
      <p>
        <RuleLink ruleId="sitter" /> · <a href="/sitter">A guide for your sitter</a>
      </p>
    </StepFrame>
  );
}
