// One shape for the error under a form or a card: announced as it appears (role="alert"), nothing when there is none.

/** The error message of a form or card, or nothing when `message` is empty. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p class="field__error" role="alert">
      {message}
    </p>
  ) : null;
}
