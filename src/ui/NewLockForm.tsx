import { useEffect, useRef, useState } from 'preact/hooks';
import { type NewPassphraseField, newPassphraseProblem } from '../lib/new-passphrase';
import { Button } from './Button';
import { IdleTimeChoice } from './IdleTimeChoice';
import { PassphraseInput } from './PassphraseInput';

/** Whether the lock's passphrase is one the app made (typed later without care for case or dashes) or chosen. */
export type PassphraseKind = 'generated' | 'chosen';

/** Props of a NewLockForm. */
export interface NewLockFormProps {
  /** Prefix for element ids, so two forms never share one. */
  id: string;
  minLength: number;
  idleChoices: readonly number[];
  initialIdleMinutes: number;
  submitLabel: string;
  busy: boolean;
  /** Moves focus to the first control when the form appears after a button press. */
  autoFocus?: boolean;
  /** Makes a passphrase, offered first. */
  generate: () => string;
  /** Judges a chosen passphrase: null when strong enough, otherwise why not (it may load a large word list). */
  judge: (passphrase: string) => Promise<string | null>;
  /** Copies the generated passphrase; resolves with what to tell the person. */
  copy: (passphrase: string) => Promise<string>;
  /** Called only with a passphrase that passed the checks, after the warning was acknowledged. */
  onSubmit: (passphrase: string, idleMinutes: number, kind: PassphraseKind) => void;
}

type Field = NewPassphraseField | 'written' | 'understood';
type Errors = Partial<Record<Field, string>>;

/**
 * Choosing the app lock's passphrase. A passphrase the app made is offered first (shown in groups, with a box to
 * tick once it is written down); "choose my own" asks for one twice and refuses a guessable one with the reason.
 * Then the idle time, and a box that says a forgotten passphrase cannot be recovered. Problems are shown beside
 * their field and focus moves to the first one; what was typed always stays.
 */
export function NewLockForm(props: NewLockFormProps) {
  const { id, minLength, idleChoices, initialIdleMinutes, submitLabel, busy, autoFocus = false } = props;
  const [kind, setKind] = useState<PassphraseKind>('generated');
  const [generated] = useState(props.generate);
  const [written, setWritten] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState(initialIdleMinutes);
  const [understood, setUnderstood] = useState(false);
  const [judging, setJudging] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const refs = {
    passphrase: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
    written: useRef<HTMLInputElement>(null),
    understood: useRef<HTMLInputElement>(null),
  };
  const switchRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) switchRef.current?.focus();
  }, [autoFocus]);

  function problem(field: Field, message: string) {
    setErrors({ [field]: message });
    refs[field].current?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || judging) return;
    if (kind === 'generated' && !written)
      return problem('written', 'Tick this box once the passphrase is written down.');
    if (kind === 'chosen') {
      const found = newPassphraseProblem(passphrase, confirm, minLength);
      if (found) return problem(found.field, found.message);
      setJudging(true);
      const weakness = await props.judge(passphrase).finally(() => setJudging(false));
      if (weakness) return problem('passphrase', weakness);
    }
    if (!understood) {
      return problem('understood', 'Please tick this box to go on. It is there so no one is surprised later.');
    }
    setErrors({});
    props.onSubmit(kind === 'generated' ? generated : passphrase, idle, kind);
  }

  const edit = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors({ ...errors, [field]: undefined });
  };

  return (
    <form class="new-lock-form" onSubmit={(event) => void submit(event)} noValidate>
      {kind === 'generated' ? (
        <>
          <p>
            Stillpoint made this passphrase for you. It is very hard to guess, and you can type it in small letters.
          </p>
          <p class="passphrase-shown" data-testid="lock-passphrase">
            {generated.replaceAll('-', ' ')}
          </p>
          <div class="btn-row">
            <Button variant="secondary" onClick={() => void props.copy(generated).then(setCopied)}>
              Copy the passphrase
            </Button>
          </div>
          {copied ? <p role="status">{copied}</p> : null}
          <Checkbox
            id={`${id}-written`}
            label="I have written down this passphrase"
            checked={written}
            error={errors.written}
            inputRef={refs.written}
            onChange={(checked) => {
              setWritten(checked);
              setErrors({ ...errors, written: undefined });
            }}
          />
        </>
      ) : (
        <>
          <PassphraseInput
            id={`${id}-passphrase`}
            label="New passphrase"
            autocomplete="new-password"
            hint="A few words you will remember on a foggy day, and no one could guess."
            value={passphrase}
            error={errors.passphrase}
            inputRef={refs.passphrase}
            onInput={edit('passphrase', setPassphrase)}
          />
          <PassphraseInput
            id={`${id}-confirm`}
            label="New passphrase again"
            autocomplete="new-password"
            value={confirm}
            error={errors.confirm}
            inputRef={refs.confirm}
            onInput={edit('confirm', setConfirm)}
          />
        </>
      )}
      <div class="btn-row">
        <button
          type="button"
          class="btn btn--secondary"
          ref={switchRef}
          onClick={() => {
            setErrors({});
            setKind(kind === 'generated' ? 'chosen' : 'generated');
          }}
        >
          {kind === 'generated' ? 'Choose my own passphrase instead' : 'Use the passphrase Stillpoint made'}
        </button>
      </div>
      <IdleTimeChoice name={`${id}-idle`} choices={idleChoices} value={idle} onChange={setIdle} />
      <Checkbox
        id={`${id}-understood`}
        label="I understand a forgotten passphrase cannot be recovered"
        checked={understood}
        error={errors.understood}
        inputRef={refs.understood}
        onChange={(checked) => {
          setUnderstood(checked);
          setErrors({ ...errors, understood: undefined });
        }}
      />
      <Button type="submit" disabled={busy || judging}>
        {judging ? 'Checking the passphrase…' : submitLabel}
      </Button>
    </form>
  );
}

function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  error: string | undefined;
  inputRef: { current: HTMLInputElement | null };
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field">
      <label class="choice">
        <input
          ref={props.inputRef}
          type="checkbox"
          checked={props.checked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />{' '}
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
