import { useEffect, useRef, useState } from 'preact/hooks';
import { type NewPassphraseField, newPassphraseProblem } from '../lib/new-passphrase';
import { Button } from './Button';
import { IdleTimeChoice } from './IdleTimeChoice';
import { PassphraseInput } from './PassphraseInput';

/** Props of a NewLockForm. */
export interface NewLockFormProps {
  /** Prefix for element ids, so two forms never share one. */
  id: string;
  minLength: number;
  idleChoices: readonly number[];
  initialIdleMinutes: number;
  submitLabel: string;
  busy: boolean;
  /** Moves focus to the first field when the form appears after a button press. */
  autoFocus?: boolean;
  /** Called only with a passphrase that passed the checks and was confirmed, after the warning was acknowledged. */
  onSubmit: (passphrase: string, idleMinutes: number) => void;
}

type Errors = Partial<Record<NewPassphraseField | 'understood', string>>;

/**
 * Choosing the app lock's passphrase: the passphrase twice, the idle time, and a box to tick that says a forgotten
 * passphrase cannot be recovered. Problems are shown beside their field and focus moves to the first one; what was
 * typed always stays.
 */
export function NewLockForm({
  id,
  minLength,
  idleChoices,
  initialIdleMinutes,
  submitLabel,
  busy,
  autoFocus = false,
  onSubmit,
}: NewLockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState(initialIdleMinutes);
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const understoodRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) passphraseRef.current?.focus();
  }, [autoFocus]);

  function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const problem = newPassphraseProblem(passphrase, confirm, minLength);
    if (problem) {
      setErrors({ [problem.field]: problem.message });
      (problem.field === 'passphrase' ? passphraseRef : confirmRef).current?.focus();
      return;
    }
    if (!understood) {
      setErrors({ understood: 'Please tick this box to go on. It is there so no one is surprised later.' });
      understoodRef.current?.focus();
      return;
    }
    setErrors({});
    onSubmit(passphrase, idle);
  }

  return (
    <form class="new-lock-form" onSubmit={submit} noValidate>
      <PassphraseInput
        id={`${id}-passphrase`}
        label="New passphrase"
        autocomplete="new-password"
        hint={`At least ${minLength} characters. Something you will remember on a foggy day.`}
        value={passphrase}
        error={errors.passphrase}
        inputRef={passphraseRef}
        onInput={(value) => {
          setPassphrase(value);
          setErrors({ ...errors, passphrase: undefined });
        }}
      />
      <PassphraseInput
        id={`${id}-confirm`}
        label="New passphrase again"
        autocomplete="new-password"
        value={confirm}
        error={errors.confirm}
        inputRef={confirmRef}
        onInput={(value) => {
          setConfirm(value);
          setErrors({ ...errors, confirm: undefined });
        }}
      />
      <IdleTimeChoice name={`${id}-idle`} choices={idleChoices} value={idle} onChange={setIdle} />
      <div class="field">
        <label class="choice">
          <input
            ref={understoodRef}
            type="checkbox"
            checked={understood}
            aria-invalid={errors.understood ? true : undefined}
            aria-describedby={errors.understood ? `${id}-understood-error` : undefined}
            onChange={(event) => {
              setUnderstood(event.currentTarget.checked);
              setErrors({ ...errors, understood: undefined });
            }}
          />{' '}
          I understand a forgotten passphrase cannot be recovered
        </label>
        {errors.understood ? (
          <p id={`${id}-understood-error`} class="field__error">
            {errors.understood}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
