// One form field: its label, the control, an optional hint and an error, wired together for screen readers
// (the control is described by the hint and the error, and marked invalid while there is an error).
import type { ComponentChildren } from 'preact';

/** The attributes a field's control needs, handed to it by <Field>. */
export interface FieldWiring {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** Props of a form field. */
export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  /** Renders the control with the wiring spread onto it: `{(wiring) => <input {...wiring} />}`. */
  children: (wiring: FieldWiring) => ComponentChildren;
}

/** A labelled control with its hint and error, the same markup in every form. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const wiring: FieldWiring = { id };
  if (error) wiring['aria-invalid'] = true;
  if (described) wiring['aria-describedby'] = described;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(wiring)}
      {hint ? (
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
