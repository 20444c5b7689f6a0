import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';

/** Props of a PassphraseInput. */
export interface PassphraseInputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** "current-password" to unlock, "new-password" when choosing one (lets a password manager help either way). */
  autocomplete: 'current-password' | 'new-password';
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * A labelled passphrase field with a Show/Hide button beside it, so shaky typing can be checked before it is sent.
 * An error is tied to the field (aria-describedby, aria-invalid) and read when the field takes focus.
 */
export function PassphraseInput({
  id,
  label,
  value,
  onInput,
  autocomplete,
  hint,
  error,
  disabled,
  inputRef,
}: PassphraseInputProps) {
  const [shown, setShown] = useState(false);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const name = label.charAt(0).toLowerCase() + label.slice(1);
  // Two branches (the types treat text and password inputs apart); Preact keeps the same element, and the focus.
  const common = {
    id,
    ref: inputRef,
    autocomplete,
    autocapitalize: 'off' as const,
    spellcheck: false,
    value,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="passphrase-input">
        {shown ? <input type="text" {...common} /> : <input type="password" {...common} />}
        <button type="button" class="btn btn--secondary" aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'} <span class="visually-hidden">{name}</span>
        </button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
