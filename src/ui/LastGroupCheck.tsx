import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from './Button';
import { Notice } from './Notice';

/**
 * Comparing a fingerprint as an action: pick (or type) the last group of a code read out or printed elsewhere. The
 * caller offers the choices and judges the answer; this form only asks. Used for coaches and for clinic keys.
 */
export function LastGroupCheck(props: {
  /** The real last group and decoys, already in their order. */
  choices: readonly string[];
  /** The question, e.g. "Which four characters did they read?". */
  legend: ComponentChildren;
  typedLabel: string;
  /** Said when nothing was picked or typed. */
  emptyText: string;
  submitLabel: string;
  /** Keeps the ids apart when two forms could share a page. */
  idPrefix: string;
  onAnswer: (answer: string) => void;
}) {
  const [picked, setPicked] = useState('');
  const [typed, setTyped] = useState('');
  const [empty, setEmpty] = useState(false);

  function check(event: Event) {
    event.preventDefault();
    const answer = typed.trim() || picked;
    setEmpty(!answer);
    if (answer) props.onAnswer(answer);
  }

  return (
    <form onSubmit={check}>
      <fieldset>
        <legend>{props.legend}</legend>
        {props.choices.map((choice) => (
          <label class="choice" key={choice}>
            <input
              type="radio"
              name={`${props.idPrefix}-last-group`}
              value={choice}
              checked={picked === choice}
              onChange={() => setPicked(choice)}
            />{' '}
            <span class="code-group">{choice}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${props.idPrefix}-last-group-typed`}>{props.typedLabel}</label>
        <input
          id={`${props.idPrefix}-last-group-typed`}
          value={typed}
          maxLength={9}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
      </div>
      {empty ? <Notice tone="caution">{props.emptyText}</Notice> : null}
      <Button type="submit">{props.submitLabel}</Button>
    </form>
  );
}
