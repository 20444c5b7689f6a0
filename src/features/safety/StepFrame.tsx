import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../ui/Button';

/** One step of the check-in: a focused heading, the question group, and large Back / Next buttons. */
export function StepFrame({
  number,
  total,
  title,
  onNext,
  onBack,
  nextLabel = 'Next',
  nextDisabled = false,
  children,
}: {
  number: number;
  total: number;
  title: string;
  onNext: () => void;
  onBack?: (() => void) | undefined;
  nextLabel?: string;
  nextDisabled?: boolean;
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Each step replaces the last: move focus so screen readers and keyboards start at the new question.
    heading.current?.focus();
  }, [title]);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <p class="muted">
        Step {number} of {total}
      </p>
      <h2 tabIndex={-1} ref={heading} class="step-title">
        {title}
      </h2>
      {children}
      <div class="btn-row">
        <Button type="submit" large disabled={nextDisabled}>
          {nextLabel}
        </Button>
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            Back
          </Button>
        ) : null}
      </div>
    </form>
  );
}
